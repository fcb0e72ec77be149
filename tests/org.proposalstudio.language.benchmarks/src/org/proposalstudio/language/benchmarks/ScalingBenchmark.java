package org.proposalstudio.language.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.proposalstudio.benchmarking.LargeProposalFile;
import org.proposalstudio.benchmarking.Machine;
import org.proposalstudio.fuzzing.Commands;
import org.proposalstudio.language.ProposalStandaloneSetup;

import com.google.inject.Injector;

/**
 * {@code ./benchmark --scaling}: how validating and drawing grow with the input, in one warm JVM. For each input, the
 * median of a few runs of each phase (parse, link, validate) as the command line does them, and of {@code render} for
 * figures. Time per 1,000 lines (or per proposal, per link, per figure) that stays flat as the input grows is time
 * linear in the input.
 */
public final class ScalingBenchmark {

	private static final int RUNS = 3;

	private final Injector injector = new ProposalStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final Path examples;
	private final Path scratch;

	private ScalingBenchmark(Path repository, Path scratch) {
		this.examples = repository.resolve("examples");
		this.scratch = scratch;
	}

	public static void main(String[] arguments) throws IOException {
		Logger.getRootLogger().setLevel(Level.OFF);
		System.setProperty("java.awt.headless", "true");
		Path repository = Path.of(arguments.length == 2 && arguments[0].equals("--repository") ? arguments[1] : ".").toAbsolutePath();
		ScalingBenchmark benchmark = new ScalingBenchmark(repository, Files.createTempDirectory("proposal-scaling-"));
		System.out.print(benchmark.report());
	}

	/** Parse, link and validate times of one text, the median of {@link #RUNS} runs, in milliseconds. */
	private record Phases(double parse, double link, double validate) {

		double total() {
			return parse + link + validate;
		}
	}

	private String report() throws IOException {
		StringBuilder report = new StringBuilder("# Scaling, " + LocalDate.now() + "\n\n");
		Machine.description().forEach(line -> report.append("- ").append(line).append('\n'));
		report.append("- load at the start: ").append(Machine.load()).append("\n\n");
		// warm the JVM up on the largest kind of work, so that the first rows are not the JIT's
		for (int i = 0; i < 3; i++) {
			phases(LargeProposalFile.withAtLeast(examples, 20_000));
		}
		series(report, "Lines: the paper's proposals over and over", "lines", new int[] { 1_000, 3_000, 10_000, 30_000, 100_000 },
				lines -> LargeProposalFile.withAtLeast(examples, lines), "per 1,000 lines", 1_000);
		series(report, "Proposals: small proposals, one line each", "proposals", new int[] { 10, 100, 1_000, 5_000, 10_000, 50_000 },
				ScalingBenchmark::smallProposals, "per 1,000 proposals", 1_000);
		series(report, "Unresolved names: small proposals, each extending one that does not exist", "proposals",
				new int[] { 10, 100, 1_000, 5_000, 10_000, 50_000 }, ScalingBenchmark::proposalsExtendingUnknowns, "per 1,000 proposals",
				1_000);
		series(report, "Chains: each proposal extends the one before and replaces its oversight, as §4 does §3's", "links",
				new int[] { 10, 100, 1_000, 10_000 }, this::chain, "per 1,000 links", 1_000);
		figures(report, new int[] { 10, 100, 1_000 });
		report.append("\n- load at the end: ").append(Machine.load()).append('\n');
		return report.toString();
	}

	private void series(StringBuilder report, String title, String unit, int[] sizes, IntFunction<String> input, String per, int perSize) {
		report.append("## ").append(title).append("\n\n");
		report.append("| ").append(unit).append(" | bytes | parse ms | link ms | validate ms | validate ÷ parse | all three, ms ")
				.append(per).append(" |\n|--:|--:|--:|--:|--:|--:|--:|\n");
		for (int size : sizes) {
			String text = input.apply(size);
			Phases phases = phases(text);
			report.append(String.format("| %,d | %,d | %.0f | %.0f | %.0f | %.2f | %.1f |%n", size, text.getBytes(StandardCharsets.UTF_8).length,
					phases.parse(), phases.link(), phases.validate(), phases.validate() / phases.parse(), phases.total() * perSize / size));
		}
		report.append('\n');
	}

	/** The median of each phase over a few runs, each on a new resource set as a command line run has. */
	private Phases phases(String text) {
		double[][] samples = new double[3][RUNS];
		for (int run = 0; run < RUNS; run++) {
			XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
			XtextResource resource = (XtextResource) resources.createResource(URI.createFileURI(scratch.resolve("input.proposal").toString()));
			long start = System.nanoTime();
			try {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
			} catch (IOException e) {
				throw new IllegalStateException("loading from memory failed", e);
			}
			long parsed = System.nanoTime();
			EcoreUtil.resolveAll(resource);
			long linked = System.nanoTime();
			resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			long validated = System.nanoTime();
			samples[0][run] = (parsed - start) / 1e6;
			samples[1][run] = (linked - parsed) / 1e6;
			samples[2][run] = (validated - linked) / 1e6;
		}
		return new Phases(median(samples[0]), median(samples[1]), median(samples[2]));
	}

	/** {@code render} of one proposal with a number of figures, through the command line in this JVM. */
	private void figures(StringBuilder report, int[] counts) throws IOException {
		report.append("## Figures: `render` of a proposal with a number of figures, each the §3 amplification operator\n\n");
		report.append("| figures | render ms | ms per figure |\n|--:|--:|--:|\n");
		Commands commands = new Commands();
		for (int count : counts) {
			Path file = scratch.resolve("figures/input.proposal");
			Files.createDirectories(file.getParent());
			Files.writeString(file, figures(count));
			double[] samples = new double[RUNS];
			for (int run = 0; run < RUNS; run++) {
				long start = System.nanoTime();
				Commands.Run render = commands.run("render", file.toString(), "--out", scratch.resolve("figures/out").toString());
				samples[run] = (System.nanoTime() - start) / 1e6;
				if (render.exitCode() != 0) {
					throw new IllegalStateException("render failed:\n" + render);
				}
			}
			double median = median(samples);
			report.append(String.format("| %,d | %.0f | %.1f |%n", count, median, median / count));
		}
	}

	private static String smallProposals(int count) {
		return smallProposals(count, i -> "");
	}

	/** Each with an error of the linker's, as a file pasted from elsewhere without what it extends has. */
	private static String proposalsExtendingUnknowns(int count) {
		return smallProposals(count, i -> " extends Unknown" + i);
	}

	private static String smallProposals(int count, IntFunction<String> extension) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append("proposal P").append(i).append(extension.apply(i))
					.append(" { human H model M signal s: imitation trains M from H deploy M }\n");
		}
		return text.toString();
	}

	/** §3's proposal, then a chain of proposals each replacing the oversight of the one before. */
	private String chain(int links) {
		StringBuilder text = new StringBuilder(read(examples.resolve("s03-imitative-amplification-intermittent-oversight.proposal")));
		String previous = "ImitativeAmplificationIntermittentOversight";
		String oversight = "intermittentOversight";
		for (int i = 1; i <= links; i++) {
			text.append("\nproposal Link").append(i).append(" extends ").append(previous).append(" {\n\toversight rat").append(i)
					.append(" replaces ").append(oversight).append(": Amp(M) oversees M continuously using transparency-tools checking ")
					.append("per-step-myopia mitigating overfitting \"held-out checks\"\n\tinner alignment is uncertain relies on rat")
					.append(i).append(" \"relaxed adversarial training\"\n}\n");
			previous = "Link" + i;
			oversight = "rat" + i;
		}
		return text.toString();
	}

	private static String figures(int count) {
		StringBuilder text = new StringBuilder("proposal Figures {\n\thuman H\n\tmodel M\n\tamplified Amp(M) = H consulting M\n"
				+ "\tquestion Q\n\tanswer A\n\tflow Q -> H: question\n\tflow H <-> M: consultation\n\tflow H -> A: answer\n");
		for (int i = 0; i < count; i++) {
			text.append("\tfigure operator").append(i).append(" { shows Q, A, H, M, Amp(M) arrows information }\n");
		}
		return text.append("}\n").toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static double median(double[] samples) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
