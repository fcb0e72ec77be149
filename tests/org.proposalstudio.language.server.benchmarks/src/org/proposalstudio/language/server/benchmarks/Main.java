package org.proposalstudio.language.server.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.proposalstudio.benchmarking.LargeProposalFile;
import org.proposalstudio.benchmarking.Machine;
import org.proposalstudio.benchmarking.Samples;
import org.proposalstudio.benchmarking.Trivial;
import org.proposalstudio.language.server.benchmarks.ServerProcess.Start;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureDrawing;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;

/**
 * The language server's latency through the protocol, against the real {@code proposal-studio lsp} in a process of
 * its own, started as an editor starts it (the command line distribution's launcher), as docs/benchmarks.md
 * describes: from the server's start to the diagnostics of {@code examples/}, paired with a trivial Java program and
 * with the server started without the launcher; and, on the editor benchmark's file of 2,000 lines, from a
 * {@code didChange} to its diagnostics and to the figure drawn again. Prints a Markdown report. Run it with
 * {@code ./benchmark --lsp}.
 */
public final class Main {

	private static final String USAGE = """
			Usage: ./benchmark --lsp [--starts N] [--keystrokes N]

			Starts 'proposal-studio lsp' through its launcher N times (default 5) on a copy of examples/, each
			time also a trivial Java program and the server without the launcher, and measures the time to the
			first diagnostics and to the diagnostics of every file; then, on a file of 2,000 lines, types N
			keystrokes one at a time (even, default 50, after 10 warm-up ones) and measures from each didChange
			to the file's diagnostics and to the figure rrmRat drawn again. Prints a Markdown report.""";

	private static final int LINES = 2_000;
	private static final int WARMUP = 10;
	private static final String PROPOSAL = LargeProposalFile.renamed("RecursiveRewardModeling", 2);
	private static final String FIGURE = "rrmRat";
	private static final String REFERENCE = "relies on rat";
	/** A pause between keystrokes, for the server to be idle when the next one comes, as in the editor benchmark. */
	private static final long QUIET_MILLIS = 300;

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		Path repository = null;
		Path home = null;
		int starts = 5;
		int keystrokes = 50;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
				case "--repository" -> repository = Path.of(args[++i]);
				case "--distribution" -> home = Path.of(args[++i]);
				case "--starts" -> starts = positive(args[++i]);
				case "--keystrokes" -> keystrokes = positive(args[++i]);
				case "--help" -> {
					System.out.println(USAGE);
					return;
				}
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (repository == null || home == null || keystrokes % 2 != 0) {
				throw new IllegalArgumentException("--repository and --distribution are needed, and an even number of keystrokes");
			}
		} catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
			System.err.println("benchmark: " + e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		List<String> report = new ArrayList<>();
		report.add("# Language server latency, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		report.add("");
		Machine.description().forEach(line -> report.add("- " + line));
		report.add("- server: `" + home.resolve("bin/proposal-studio") + " lsp` in its own JVM, with this Java as JAVA_HOME and no"
				+ " PROPOSAL_STUDIO_JAVA_OPTS, as the VS Code extension starts it by default");
		report.add("- start-up archive: " + archiveUse(home, repository.resolve("examples")));
		report.add("- load average at the start: " + Machine.load());
		report.add("");
		report.add("| from | to | n | median | p90 | p95 | min | max | (ms) |");
		report.add("|---|---|--:|--:|--:|--:|--:|--:|---|");
		List<String> pairs = start(repository.resolve("examples"), home, starts, report);
		typing(repository.resolve("examples"), home, keystrokes, report);
		report.add("");
		report.addAll(pairs);
		report.add("");
		report.add("Load average at the end: " + Machine.load());
		report.forEach(System.out::println);
	}

	/**
	 * From the process's start to the first diagnostics, and to those of every file of the examples: in rounds of a
	 * trivial Java program on the server's class path, the server through its launcher, and the server as plain java
	 * without archive or options. The machine is about as busy for the three of a round, so their ratios hold when it is
	 * loaded, where the wall times do not. Returns the table of those ratios.
	 */
	private static List<String> start(Path examples, Path home, int starts, List<String> report) throws Exception {
		Path workspace = copyOf(examples);
		int files = proposalFilesIn(workspace);
		Map<Start, Samples> first = new EnumMap<>(Start.class);
		Map<Start, Samples> all = new EnumMap<>(Start.class);
		Map<Start, Samples> cpu = new EnumMap<>(Start.class);
		Samples trivial = new Samples();
		List<Double> toPlainJava = new ArrayList<>();
		List<Double> toTrivial = new ArrayList<>();
		for (int i = 0; i < starts; i++) {
			long trivialNanos = trivial(home);
			trivial.add(trivialNanos);
			Map<Start, Long> firstOfRound = new EnumMap<>(Start.class);
			for (Start start : Start.values()) {
				long started = System.nanoTime();
				try (ServerProcess server = ServerProcess.start(home, start, workspace)) {
					ServerProcess.Diagnosed diagnosed = server.awaitProposalFiles(files);
					firstOfRound.put(start, diagnosed.first() - started);
					first.computeIfAbsent(start, unused -> new Samples()).add(diagnosed.first() - started);
					all.computeIfAbsent(start, unused -> new Samples()).add(diagnosed.all() - started);
					cpu.computeIfAbsent(start, unused -> new Samples()).add(server.cpuNanos());
				}
			}
			toPlainJava.add((double) firstOfRound.get(Start.LAUNCHER) / firstOfRound.get(Start.PLAIN_JAVA));
			toTrivial.add((double) firstOfRound.get(Start.LAUNCHER) / trivialNanos);
		}
		for (Start start : Start.values()) {
			String how = start == Start.LAUNCHER ? "server start through the launcher" : "server start as plain java, no archive";
			report.add(row(how + " (JVM included)", "first diagnostics", first.get(start)));
			report.add(row(how + " (JVM included)", "diagnostics of all " + files + " files of examples/", all.get(start)));
			report.add(row(how + ": the server's processor time", "diagnostics of all files (all threads)", cpu.get(start)));
		}
		report.add(row("trivial Java program on the same class path", "its exit", trivial));
		return List.of("Paired in each of the " + starts + " rounds (start to first diagnostics):", "",
				"| ratio | median | min | max |", "|---|--:|--:|--:|",
				ratioRow("through the launcher ÷ plain java without archive", toPlainJava),
				ratioRow("through the launcher ÷ the trivial Java program", toTrivial));
	}

	/** How long a trivial Java program on the distribution's class path takes, from its start to its exit. */
	private static long trivial(Path home) throws IOException, InterruptedException, URISyntaxException {
		Path harness = Path.of(Trivial.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		ProcessBuilder builder = ServerProcess.withJava(new ProcessBuilder(ServerProcess.java().toString(), "-cp",
				home.resolve("lib").resolve("*") + File.pathSeparator + harness, Trivial.class.getName()))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
		long started = System.nanoTime();
		int exit = builder.start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException("the trivial Java program exited with " + exit);
		}
		return System.nanoTime() - started;
	}

	/**
	 * Makes the start-up archive for this Java, as the VS Code extension does once after it starts the server (a no-op
	 * when the build made it for this Java), then starts the server once through the launcher with the JVM's class
	 * loading logged: how many of the classes it loaded by the diagnostics of every file came from the archive.
	 */
	private static String archiveUse(Path home, Path examples) throws Exception {
		Process made = ServerProcess.withJava(new ProcessBuilder("sh", home.resolve("bin/proposal-studio").toString(), "--make-archive"))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		if (made.waitFor() != 0) {
			return "none: `--make-archive` failed (exit " + made.exitValue() + ")";
		}
		Path workspace = copyOf(examples);
		Path log = Files.createTempFile("proposal-studio-lsp-classes", ".log");
		try (ServerProcess server = ServerProcess.start(home, Start.LAUNCHER, workspace, "-Xlog:class+load=info:file=" + log)) {
			server.awaitProposalFiles(proposalFilesIn(workspace));
		}
		List<String> loaded = Files.readAllLines(log).stream().filter(line -> line.contains(" source: ")).toList();
		long archived = loaded.stream().filter(line -> line.contains(" source: shared objects file")).count();
		return String.format(Locale.ROOT, "%d of the %d classes the server loaded by the diagnostics of every file came from it",
				archived, loaded.size());
	}

	private static String ratioRow(String name, List<Double> ratios) {
		List<Double> sorted = ratios.stream().sorted().toList();
		int n = sorted.size();
		double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.2f× |", name, median, sorted.get(0), sorted.get(n - 1));
	}

	/** Keystrokes that break and repair a reference in the middle of a file of 2,000 lines. */
	private static void typing(Path examples, Path home, int keystrokes, List<String> report) throws Exception {
		Path workspace = Files.createTempDirectory("proposal-studio-lsp-benchmark");
		String text = LargeProposalFile.withAtLeast(examples, LINES);
		Path file = Files.writeString(workspace.resolve("large.proposal"), text);
		String uri = file.toUri().toString();
		int proposal = text.indexOf("proposal " + PROPOSAL + " ");
		int offset = text.indexOf(REFERENCE, text.indexOf("inner alignment is", proposal)) + REFERENCE.length();
		Position at = positionOf(text, offset);
		Samples diagnostics = new Samples();
		Samples diagnosticsBreaking = new Samples();
		Samples diagnosticsRepairing = new Samples();
		Samples figure = new Samples();
		Samples cpu = new Samples();
		try (ServerProcess server = ServerProcess.start(home, Start.LAUNCHER, workspace)) {
			server.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "proposal", 1, text)));
			server.awaitDiagnostics(uri, 0, published -> true);
			int version = 1;
			for (int keystroke = 0; keystroke < WARMUP + keystrokes; keystroke++) {
				boolean breaking = keystroke % 2 == 0;
				Range range = breaking ? new Range(at, at) : new Range(at, new Position(at.getLine(), at.getCharacter() + 1));
				server.forget();
				long cpuBefore = server.cpuNanos();
				long sent = System.nanoTime();
				server.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(range, breaking ? "s" : ""))));
				CompletableFuture<FigureDrawing> drawn = server.server
						.figure(new FigureParams(new TextDocumentIdentifier(uri), PROPOSAL, FIGURE, "light"));
				long diagnosed = server.awaitDiagnostics(uri, sent, published -> breaking == published.stream()
						.anyMatch(diagnostic -> diagnostic.getCode() != null && "linking".equals(diagnostic.getCode().getLeft())));
				FigureDrawing drawing = drawn.get(1, TimeUnit.MINUTES);
				long answered = System.nanoTime();
				if (breaking == (drawing.svg() != null)) {
					throw new IllegalStateException("the figure after keystroke " + keystroke + " is not as expected: " + drawing.problem());
				}
				if (keystroke >= WARMUP) {
					(breaking ? diagnosticsBreaking : diagnosticsRepairing).add(diagnosed - sent);
					diagnostics.add(diagnosed - sent);
					figure.add(answered - sent);
					cpu.add(server.cpuNanos() - cpuBefore);
				}
				Thread.sleep(QUIET_MILLIS);
			}
		}
		String file2k = "`didChange`, " + LargeProposalFile.lineCount(text) + " lines";
		report.add(row(file2k, "`publishDiagnostics` (all)", diagnostics));
		report.add(row(file2k + ", breaking a reference", "`publishDiagnostics` with the error", diagnosticsBreaking));
		report.add(row(file2k + ", repairing it", "`publishDiagnostics` without it", diagnosticsRepairing));
		report.add(row(file2k, "`proposal/figure` " + FIGURE + " answered (SVG, or the file's errors)", figure));
		report.add(row(file2k + ": the server's processor time", "both answered (all threads)", cpu));
	}

	private static String row(String from, String to, Samples samples) {
		return "| " + from + " | " + to + " | " + samples.size() + " | " + Samples.format(samples.median()) + " | "
				+ Samples.format(samples.p90()) + " | " + Samples.format(samples.percentile(95)) + " | " + Samples.format(samples.min())
				+ " | " + Samples.format(samples.max()) + " | |";
	}

	private static Position positionOf(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	private static Path copyOf(Path folder) throws IOException {
		Path copy = Files.createTempDirectory("proposal-studio-lsp-benchmark");
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(folder.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		return copy;
	}

	private static int proposalFilesIn(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return (int) files.filter(file -> file.toString().endsWith(".proposal")).count();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int positive(String value) {
		int number = Integer.parseInt(value);
		if (number <= 0) {
			throw new IllegalArgumentException("expected a number above 0, not " + value);
		}
		return number;
	}
}
