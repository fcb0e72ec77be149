package org.proposalstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The runs from which the launcher makes its start-up archives ({@code bin/proposal-studio --make-archive}): the
 * commands of an archive once each, in one JVM, on the examples, so that the archive holds the classes each of them
 * loads. There are two: {@code language}, the commands that need the language alone, and {@code all}, every command,
 * the language server's included ({@link LanguageServerTraining}). A smaller archive starts a JVM sooner.
 * {@code java ... org.proposalstudio.cli.StartupTraining EXAMPLES_DIR language|all}; writes only below a temporary
 * folder, which it removes, and prints nothing unless a command fails.
 */
public final class StartupTraining {

	/**
	 * The commands that need the language alone, which the launcher ({@code bin/proposal-studio}) starts from an archive
	 * of their own: {@code validate}, {@code format}, {@code export-xmi} and {@code import-xmi}.
	 */
	private static final String LANGUAGE = "language";

	/** Every command, the language server's included. */
	private static final String ALL = "all";

	private StartupTraining() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !Files.isDirectory(Path.of(args[0])) || !List.of(LANGUAGE, ALL).contains(args[1])) {
			System.err.println("Usage: java -cp 'lib/*' " + StartupTraining.class.getName() + " EXAMPLES_DIR " + LANGUAGE + "|" + ALL);
			System.exit(ExitCode.BAD_INPUT);
		}
		Main.configureLibraries();
		Path examples = Path.of(args[0]).toAbsolutePath();
		Path work = Files.createTempDirectory("proposal-studio-training");
		try {
			System.exit(train(examples, work, args[1].equals(ALL)));
		} finally {
			delete(work);
		}
	}

	/**
	 * Runs the commands, all of them or those that need the language alone; returns the exit code of the first that
	 * failed unexpectedly, or 0.
	 */
	private static int train(Path examples, Path work, boolean all) throws IOException {
		List<String> paper = paperProposals(examples);
		String single = paper.get(0);
		Path xmi = work.resolve("single.xmi");
		List<List<String>> runs = new ArrayList<>(List.of(
				List.of("--help"),
				List.of("validate", "--help"),
				with(List.of("validate"), paper),
				List.of("validate", examples.toString()),
				List.of("validate", "--format", "json", single),
				List.of("format", "--check", examples.toString()),
				List.of("export-xmi", single, "--out", xmi.toString()),
				List.of("import-xmi", xmi.toString(), "--out", work.resolve("single.proposal").toString())));
		if (all) {
			runs.addAll(List.of(
					with(List.of("render", "--out", work.resolve("figures").toString(), "--format", "svg,png"), paper),
					with(List.of("render", "--out", work.resolve("paper").toString(), "--theme", "paper"), List.of(single)),
					with(List.of("report", "--out", work.resolve("report").toString()), paper),
					with(List.of("export-safety-case", "--out", work.resolve("safety-cases").toString()), paper),
					with(List.of("render", "--safety-case", "--out", work.resolve("safety-case-drawings").toString()), List.of(single)),
					List.of("diff", single, paper.get(paper.size() - 1))));
		}
		PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
		for (List<String> run : runs) {
			ByteArrayOutputStream problems = new ByteArrayOutputStream();
			int exit = new ProposalStudioCli(discard, new PrintStream(problems, true, StandardCharsets.UTF_8))
					.run(run.toArray(String[]::new));
			// the flawed examples have errors (1); anything else is a broken distribution, worth failing the build for
			if (exit != ExitCode.OK && exit != ExitCode.ERRORS) {
				System.err.println("proposal-studio " + String.join(" ", run) + ": exit " + exit);
				System.err.print(problems.toString(StandardCharsets.UTF_8));
				return exit;
			}
		}
		if (!all) {
			return ExitCode.OK;
		}
		try {
			LanguageServerTraining.run(examples, Path.of(single));
		} catch (ExecutionException | TimeoutException | RuntimeException e) {
			System.err.println("proposal-studio lsp: " + e);
			e.printStackTrace();
			return ExitCode.INTERNAL_ERROR;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.INTERNAL_ERROR;
		}
		return ExitCode.OK;
	}

	private static List<String> paperProposals(Path examples) throws IOException {
		try (Stream<Path> files = Files.list(examples)) {
			List<String> paper = files.filter(file -> file.getFileName().toString().endsWith(ProposalFiles.EXTENSION))
					.map(Path::toString).sorted().toList();
			if (paper.isEmpty()) {
				throw new IOException(examples + ": no " + ProposalFiles.EXTENSION + " files to train on");
			}
			return paper;
		}
	}

	private static List<String> with(List<String> command, List<String> files) {
		List<String> line = new ArrayList<>(command);
		line.addAll(files);
		return line;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
