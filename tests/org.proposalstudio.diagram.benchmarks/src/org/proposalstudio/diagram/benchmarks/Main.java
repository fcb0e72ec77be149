package org.proposalstudio.diagram.benchmarks;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.proposalstudio.benchmarking.Machine;
import org.proposalstudio.benchmarking.Samples;
import org.proposalstudio.diagram.benchmarks.Inputs.FigureRef;
import org.proposalstudio.diagram.layout.Diagram;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Figure;

/**
 * Measures the diagram engine: for each figure of the examples and for unrolled HCH trees, scene building, layout (our
 * ELK graph, ELK, reading the result back) and SVG writing, end to end; and for the trees, ELK alone on the same ELK
 * graph. Each case runs warm-up iterations, then measured ones; it reports the median, p90, min and max wall time.
 * Writes a Markdown report to standard output. Run it with {@code ./benchmark} (see docs/benchmarks.md).
 */
public final class Main {

	private static final String USAGE = """
			Usage: ./benchmark [--only examples|trees] [--depths 4,6,8] [--breadth 3] [--warmup N] [--iterations N]
			       ./benchmark --workbench [--keystrokes N]

			Measures scene building, ELK layout and SVG writing for the figures of examples/ and for HCH
			trees unrolled to the given depths, and ELK alone on the trees' ELK graphs. Prints a Markdown
			report. Without --warmup/--iterations: 10 warm-up and 30 measured iterations, 3 and 10 for
			trees of more than 5,000 nodes.

			With --workbench, measures the proposal editor instead, in a running workbench (in xvfb-run
			when there is no DISPLAY): keystroke to markers, keystroke to diagram and how long the UI
			thread is busy, on a file of 2,000 lines; N measured keystrokes one at a time (even, default
			50), then bursts of fast typing. Prints a Markdown report.""";

	/** Trees larger than this get fewer iterations by default: one iteration of 10,000 nodes takes seconds. */
	private static final int LARGE = 5_000;

	private static final Theme THEME = Theme.byName("light");

	/** Results the JIT must not optimize away. */
	private static long sink;

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		// the libraries log internal detail through log4j; the report is all this program prints
		Logger.getRootLogger().setLevel(Level.OFF);
		// SVG writing measures text with Java2D, which must not look for a display
		System.setProperty("java.awt.headless", "true");
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("benchmark: " + e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		if (options.help) {
			System.out.println(USAGE);
			return;
		}
		new Main().run(options);
	}

	private void run(Options options) throws Exception {
		System.out.println("# Diagram benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		System.out.println();
		Machine.description().forEach(line -> System.out.println("- " + line));
		System.out.println("- load average (1 / 5 / 15 min) at start: " + Machine.load());
		System.out.println();
		Inputs inputs = new Inputs();
		if (options.examples) {
			examples(inputs.exampleFigures(options.repository), options);
		}
		if (options.trees) {
			trees(inputs, options);
		}
		System.out.println("Load average (1 / 5 / 15 min) at the end: " + Machine.load());
		if (sink == 42) {
			System.out.println();
		}
	}

	/** The stage times of drawing one figure, in nanoseconds, and the size of what was drawn. */
	private record Timing(Scene scene, long sceneNanos, long layoutNanos, long svgNanos, long totalNanos, int nodes, int edges) {
	}

	/**
	 * Draws one figure as rendering does: the effective proposal, the figure's scene, its layout, its drawing written as
	 * SVG. Everything from the parsed proposal to the SVG text is timed.
	 */
	private static Timing draw(FigureRef ref) {
		long start = System.nanoTime();
		EffectiveProposal effective = EffectiveProposal.of(ref.proposal());
		Figure figure = effective.proposal().getFigures().stream().filter(candidate -> candidate.getName().equals(ref.figure())).findFirst()
				.orElseThrow();
		Scene scene = SceneBuilder.sceneOf(effective, figure);
		long sceneDone = System.nanoTime();
		Diagram diagram = DiagramLayout.layout(scene);
		long layoutDone = System.nanoTime();
		String svg = SvgWriter.write(DiagramDrawing.compose(diagram, THEME));
		long end = System.nanoTime();
		sink += svg.length();
		return new Timing(scene, sceneDone - start, layoutDone - sceneDone, end - layoutDone, end - start, diagram.nodes().size(),
				diagram.edges().size());
	}

	/**
	 * ELK alone: lays the graph out on a thread with the stack {@link DiagramLayout} gives ELK, and times only ELK's
	 * layout call, not the thread's start.
	 */
	private static RawElk rawElk(ElkNode graph) throws InterruptedException {
		long[] elapsed = new long[1];
		long[] allocated = new long[1];
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = new Thread(null, () -> {
			try {
				long bytes = Machine.allocatedBytes();
				long start = System.nanoTime();
				new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
				elapsed[0] = System.nanoTime() - start;
				allocated[0] = bytes < 0 ? -1 : Machine.allocatedBytes() - bytes;
			} catch (Throwable e) {
				failure.set(e);
			}
		}, "benchmark-raw-elk", DiagramLayout.LAYOUT_STACK_BYTES);
		worker.start();
		worker.join();
		if (failure.get() != null) {
			throw new IllegalStateException("ELK failed on its own", failure.get());
		}
		sink += (long) graph.getWidth();
		return new RawElk(elapsed[0], allocated[0]);
	}

	/** The time ELK took, and the bytes it allocated on its thread (-1 where the JVM does not count them). */
	private record RawElk(long nanos, long allocatedBytes) {
	}

	private static void examples(List<FigureRef> figures, Options options) {
		int warmup = options.warmup.orElse(10);
		int iterations = options.iterations.orElse(30);
		String loadBefore = Machine.load();
		Map<String, Samples[]> perFigure = new LinkedHashMap<>();
		Map<String, int[]> sizes = new LinkedHashMap<>();
		figures.forEach(figure -> perFigure.put(figure.name(), stages()));
		Samples[] sum = stages();
		for (int iteration = 0; iteration < warmup + iterations; iteration++) {
			System.gc();
			long[] total = new long[4];
			for (FigureRef figure : figures) {
				Timing timing = draw(figure);
				sizes.put(figure.name(), new int[] { timing.nodes(), timing.edges() });
				if (iteration >= warmup) {
					record(perFigure.get(figure.name()), timing);
					total[0] += timing.sceneNanos();
					total[1] += timing.layoutNanos();
					total[2] += timing.svgNanos();
					total[3] += timing.totalNanos();
				}
			}
			if (iteration >= warmup) {
				for (int stage = 0; stage < 4; stage++) {
					sum[stage].add(total[stage]);
				}
			}
		}
		System.out.println("## The examples' figures");
		System.out.println();
		System.out.println("The " + figures.size() + " figures the 11 proposals of `examples/` declare (those of docs/figures), drawn one after "
				+ "the other per iteration; " + warmup + " warm-up and " + iterations + " measured iterations. Load average before: "
				+ loadBefore + ", after: " + Machine.load() + ". Times in ms.");
		System.out.println();
		System.out.println("| figure | nodes | edges | scene (median) | layout (median) | SVG (median) | end to end: median | p90 | min | max |");
		System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
		int nodes = 0;
		int edges = 0;
		for (Map.Entry<String, Samples[]> entry : perFigure.entrySet()) {
			Samples[] stages = entry.getValue();
			int[] size = sizes.get(entry.getKey());
			nodes += size[0];
			edges += size[1];
			System.out.println("| " + entry.getKey() + " | " + size[0] + " | " + size[1] + " | " + Samples.format(stages[0].median()) + " | "
					+ Samples.format(stages[1].median()) + " | " + Samples.format(stages[2].median()) + " | " + stages[3].cells() + " |");
		}
		System.out.println();
		System.out.println("All " + figures.size() + " figures together (" + nodes + " nodes, " + edges + " edges), per iteration:");
		System.out.println();
		System.out.println("| stage | median | p90 | min | max |");
		System.out.println("|---|--:|--:|--:|--:|");
		String[] names = { "scene building", "layout (our ELK graph, ELK, reading back)", "SVG (drawing and writing)", "**end to end**" };
		for (int stage = 0; stage < 4; stage++) {
			System.out.println("| " + names[stage] + " | " + sum[stage].cells() + " |");
		}
		System.out.println();
	}

	private static void trees(Inputs inputs, Options options) throws Exception {
		System.out.println("## Unrolled HCH trees, breadth " + options.breadth);
		System.out.println();
		System.out.println("End to end is scene building, layout (building our ELK graph, ELK, reading the result back) and SVG, as in "
				+ "the table of the examples. Raw ELK is `RecursiveGraphLayoutEngine.layout` alone on the same ELK graph, built "
				+ "afresh each iteration outside the timed region (that building is timed on its own as \"our ELK graph\"), on "
				+ "a thread with the same " + DiagramLayout.LAYOUT_STACK_BYTES / (1024 * 1024) + " MB stack. A full garbage "
				+ "collection runs before each timed region. Times in ms.");
		System.out.println();
		List<String> summary = new ArrayList<>();
		for (int depth : options.depths) {
			FigureRef tree = inputs.hchTree(depth, options.breadth);
			int nodes = (int) ((Math.pow(options.breadth, depth + 1) - 1) / (options.breadth - 1));
			boolean large = nodes > LARGE;
			int warmup = options.warmup.orElse(large ? 3 : 10);
			int iterations = options.iterations.orElse(large ? 10 : 30);
			String loadBefore = Machine.load();
			Samples[] stages = stages();
			Samples graphBuilding = new Samples();
			Samples raw = new Samples();
			List<Double> ratios = new ArrayList<>();
			Timing last = null;
			long allocated = -1;
			for (int iteration = 0; iteration < warmup + iterations; iteration++) {
				System.gc();
				Timing timing = draw(tree);
				System.gc();
				long start = System.nanoTime();
				ElkNode graph = DiagramLayout.elkGraph(timing.scene());
				long built = System.nanoTime() - start;
				if (graph.getChildren().size() != timing.nodes()) {
					throw new IllegalStateException("the raw ELK graph has " + graph.getChildren().size() + " nodes, the diagram " + timing.nodes());
				}
				System.gc();
				RawElk elk = rawElk(graph);
				if (iteration >= warmup) {
					record(stages, timing);
					graphBuilding.add(built);
					raw.add(elk.nanos());
					ratios.add((double) timing.totalNanos() / elk.nanos());
					allocated = elk.allocatedBytes();
				}
				last = timing;
			}
			String loadAfter = Machine.load();
			System.out.println("### Depth " + depth + ": " + String.format(Locale.ROOT, "%,d", last.nodes()) + " nodes, "
					+ String.format(Locale.ROOT, "%,d", last.edges()) + " edges");
			System.out.println();
			System.out.println(warmup + " warm-up and " + iterations + " measured iterations; load average before: " + loadBefore
					+ ", after: " + loadAfter + ".");
			System.out.println();
			System.out.println("| stage | median | p90 | min | max |");
			System.out.println("|---|--:|--:|--:|--:|");
			System.out.println("| scene building | " + stages[0].cells() + " |");
			System.out.println("| layout (our ELK graph, ELK, reading back) | " + stages[1].cells() + " |");
			System.out.println("| SVG (drawing and writing) | " + stages[2].cells() + " |");
			System.out.println("| **end to end** | " + stages[3].cells() + " |");
			System.out.println("| our ELK graph alone (not in raw ELK) | " + graphBuilding.cells() + " |");
			System.out.println("| **raw ELK** on the same graph | " + raw.cells() + " |");
			System.out.println();
			if (allocated >= 0) {
				System.out.println(String.format(Locale.ROOT, "ELK allocated %.1f MB in the last raw layout (%.1f KB per node).",
						allocated / (1024.0 * 1024), allocated / 1024.0 / last.nodes()));
				System.out.println();
			}
			double ratio = stages[3].median() / raw.median();
			double pairedRatio = ratios.stream().sorted().toList().get(ratios.size() / 2);
			summary.add("| " + String.format(Locale.ROOT, "%,d", last.nodes()) + " | " + Samples.format(stages[3].median()) + " | "
					+ Samples.format(raw.median()) + " | " + String.format(Locale.ROOT, "%.2f× (%.2f×)", ratio, pairedRatio) + " | "
					+ (stages[3].median() < 1000 ? "yes" : "no") + " | " + (ratio <= 1.2 ? "yes" : "no") + " |");
		}
		System.out.println("### Summary");
		System.out.println();
		System.out.println("| nodes | end to end, median (ms) | raw ELK, median (ms) | end to end / raw ELK: ratio of medians "
				+ "(median of per-iteration ratios) | under 1 s? | within 1.2×? |");
		System.out.println("|--:|--:|--:|--:|:-:|:-:|");
		summary.forEach(System.out::println);
		System.out.println();
	}

	private static Samples[] stages() {
		return new Samples[] { new Samples(), new Samples(), new Samples(), new Samples() };
	}

	private static void record(Samples[] stages, Timing timing) {
		stages[0].add(timing.sceneNanos());
		stages[1].add(timing.layoutNanos());
		stages[2].add(timing.svgNanos());
		stages[3].add(timing.totalNanos());
	}

	/** The command line's options. */
	private static final class Options {

		Path repository = Path.of("");
		boolean examples = true;
		boolean trees = true;
		List<Integer> depths = List.of(4, 6, 8);
		int breadth = 3;
		OptionalInt warmup = OptionalInt.empty();
		OptionalInt iterations = OptionalInt.empty();
		boolean help;

		static Options parse(String[] args) {
			Options options = new Options();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("-h") || arg.equals("--help")) {
					options.help = true;
					continue;
				}
				if (!List.of("--repository", "--only", "--depths", "--breadth", "--warmup", "--iterations").contains(arg)) {
					throw new IllegalArgumentException("unknown option " + arg);
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args[++i];
				switch (arg) {
				case "--repository" -> options.repository = Path.of(value);
				case "--only" -> {
					options.examples = value.equals("examples");
					options.trees = value.equals("trees");
					if (!options.examples && !options.trees) {
						throw new IllegalArgumentException("--only takes examples or trees, not '" + value + "'");
					}
				}
				case "--depths" -> {
					List<Integer> depths = new ArrayList<>();
					for (String depth : value.split(",")) {
						depths.add(positive("--depths", depth));
					}
					options.depths = depths;
				}
				case "--breadth" -> options.breadth = positive("--breadth", value);
				case "--warmup" -> options.warmup = OptionalInt.of(atLeast("--warmup", value, 0));
				case "--iterations" -> options.iterations = OptionalInt.of(positive("--iterations", value));
				default -> throw new IllegalStateException(arg);
				}
			}
			if (options.trees && options.breadth < 2) {
				throw new IllegalArgumentException("--breadth takes 2 or more: a tree of breadth 1 is a chain");
			}
			return options;
		}

		private static int positive(String option, String value) {
			return atLeast(option, value, 1);
		}

		private static int atLeast(String option, String value, int minimum) {
			try {
				int number = Integer.parseInt(value.trim());
				if (number >= minimum) {
					return number;
				}
			} catch (NumberFormatException notANumber) {
				// reported below
			}
			throw new IllegalArgumentException(option + " takes a whole number of at least " + minimum + ", not '" + value + "'");
		}
	}
}
