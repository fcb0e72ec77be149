package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.assertNoTemporaryFiles;
import static org.proposalstudio.cli.tests.TestFiles.bytes;
import static org.proposalstudio.cli.tests.TestFiles.listing;
import static org.proposalstudio.cli.tests.TestFiles.read;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

/** {@code report}: the site written whole, errors reported with exit 1 while the rest is still written. */
class ReportCommandTest {

	private static final String GOOD = """
			proposal Good "A good proposal" section 3 {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				oversight rat: Amp(M) oversees M continuously
					using transparency-tools
					checking per-step-myopia
					mitigating overfitting "held-out checks"
				limit hch: HCH of Amp(M)
				deploy M
				outer alignment is promising relies on hch "HCH."
				inner alignment is uncertain relies on rat "The check."
				training competitiveness is uncertain "Maybe."
				performance competitiveness is uncertain "Maybe."
				figure overview "The flow" { shows M, Amp(M) }
			}
			""";

	@TempDir
	Path temp;

	private static List<String> paperExamples() {
		return Examples.faithful().stream().map(TestFiles::arg).toList();
	}

	@Test
	void thePapersProposalsGiveAnIndexAStylesheetAndAPageEach() {
		Path out = temp.resolve("report");
		List<String> arguments = new ArrayList<>(List.of("report", "--out", arg(out)));
		arguments.addAll(paperExamples());
		Cli.Run run = Cli.run(arguments.toArray(String[]::new)).assertExit(ExitCode.OK).assertNoStackTrace();
		assertEquals("", run.err());
		assertEquals(List.of("Wrote the report of 11 proposals to " + out.resolve("index.html")), run.outLines());
		List<String> files = listing(out);
		assertEquals(13, files.size(), files.toString());
		assertTrue(files.containsAll(List.of("index.html", "style.css", "ImitativeAmplificationIntermittentOversight.html",
				"MicroscopeAI.html", "AmplificationAlongsideRL.html")), files.toString());
		String index = read(out.resolve("index.html"));
		assertTrue(index.contains("href=\"MicroscopeAI.html#inner-alignment\""), index);
		assertTrue(read(out.resolve("MicroscopeAI.html")).contains("<svg class=\"diagram\""));
		assertNoTemporaryFiles(out);
	}

	@Test
	void errorsInTheInputGiveExitOneAndTheReportIsStillWritten() {
		Path out = temp.resolve("report");
		Cli.Run run = Cli.run("report", arg(Examples.folder()), "--out", arg(out)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals(4, run.errLines().size(), "the four errors of the flawed examples:\n" + run);
		assertTrue(run.errLines().stream().allMatch(line -> line.contains("/flawed/") && line.contains(": error: [")), run::toString);
		assertEquals("Wrote the report of 26 proposals to " + out.resolve("index.html"), run.lastLine());
		assertEquals(28, listing(out).size());
		assertTrue(read(out.resolve("FlawedOuterAlignmentOnly.html")).contains("missing-inner-alignment"));
	}

	@Test
	void aFileWithSyntaxErrorsIsReportedAndLeftOutAndTheOthersAreWritten() {
		Path project = temp.resolve("project");
		write(project.resolve("good.proposal"), GOOD);
		Path broken = write(project.resolve("broken.proposal"), "proposal Broken section 5 {\n\tmodel M\n\tsignal s: imitation trains\n}\n");
		Path out = temp.resolve("report");
		Cli.Run run = Cli.run("report", arg(project), "--out", arg(out)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		// the errors validate prints for the file, the syntax error among them, and none for the good file
		assertTrue(run.errLines().stream().allMatch(line -> line.startsWith(broken + ":") && line.contains(": error: [")), run::toString);
		assertTrue(run.errLines().stream().anyMatch(line -> line.contains(": error: [syntax] ")), run::toString);
		assertEquals("Wrote the report of 1 proposal to " + out.resolve("index.html"), run.lastLine());
		assertEquals(List.of("Good.html", "index.html", "style.css"), listing(out));
		String index = read(out.resolve("index.html"));
		assertTrue(index.contains("Left out of the matrix because of syntax or linking errors"), index);
		assertTrue(index.contains(broken + ":"), index);
	}

	@Test
	void aFigureThatCannotBeDrawnIsAnErrorAndItsPageIsStillWritten() {
		Path file = write(temp.resolve("trees.proposal"), GOOD.replace("figure overview", "limit optimum: rl-optimum\n\tfigure tree { unroll limit depth 2 breadth 2 }\n\tfigure overview")
				.replace("limit hch: HCH of Amp(M)\n", "").replace(" relies on hch", ""));
		Path out = temp.resolve("report");
		Cli.Run run = Cli.run("report", arg(file), "--out", arg(out)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertTrue(run.err().contains(": error: [diagram] Figure 'tree' of 'Good': it unrolls the limit, but 'rl-optimum' is not a tree"),
				run::toString);
		assertTrue(read(out.resolve("Good.html")).contains("This figure cannot be drawn"));
	}

	@Test
	void rewritingGivesTheSameBytesAndLeavesNoTemporaryFile() {
		Path out = temp.resolve("report");
		String example = arg(Examples.folder().resolve("s04-imitative-amplification-relaxed-adversarial-training.proposal"));
		Cli.run("report", example, "--out", arg(out)).assertExit(ExitCode.OK);
		byte[] page = bytes(out.resolve("ImitativeAmplificationRelaxedAdversarialTraining.html"));
		byte[] index = bytes(out.resolve("index.html"));
		Cli.run("report", example, "--out", arg(out)).assertExit(ExitCode.OK);
		assertArrayEquals(page, bytes(out.resolve("ImitativeAmplificationRelaxedAdversarialTraining.html")));
		assertArrayEquals(index, bytes(out.resolve("index.html")));
		assertNoTemporaryFiles(out);
	}

	@Test
	void anOutputThatIsAFileIsReportedAndNothingIsWritten() {
		Path notAFolder = write(temp.resolve("taken"), "x");
		Cli.Run run = Cli.run("report", arg(Examples.folder().resolve("s06-microscope-ai.proposal")), "--out", arg(notAFolder))
				.assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertTrue(run.err().contains("cannot write"), run::toString);
		assertEquals("x", read(notAFolder));
	}

	@Test
	void usageErrorsNameTheProblem() {
		String example = arg(Examples.folder().resolve("s06-microscope-ai.proposal"));
		String hint = "Try 'proposal-studio report --help'.";
		Cli.run("report", example).assertUsageError(hint, "--out DIR is required");
		Cli.run("report", "--out", arg(temp)).assertUsageError(hint, "name at least one");
		Cli.run("report", example, "--out").assertUsageError(hint, "option --out needs a value (DIR)");
		Cli.run("report", example, "--out", arg(temp), "--theme", "paper").assertUsageError(hint, "unknown option '--theme'");
		assertEquals(List.of(), listing(temp));
	}

	@Test
	void unreadableInputIsReportedAndNothingIsWritten() {
		Path out = temp.resolve("report");
		Cli.run("report", arg(temp.resolve("missing.proposal")), "--out", arg(out))
				.assertInputProblems(temp.resolve("missing.proposal") + ": no such file or directory");
		assertFalse(out.toFile().exists());
	}

	@Test
	void helpDescribesTheSite() {
		Cli.Run run = Cli.run("report", "--help").assertExit(ExitCode.OK);
		assertEquals("Usage: proposal-studio report [OPTIONS] FILES|DIRS... --out DIR", run.outLines().get(0));
		Stream.of("index.html", "comparison matrix", "style.css", "no server", "--out DIR").forEach(
				word -> assertTrue(run.out().contains(word), () -> word + " is not in the help:\n" + run));
	}
}
