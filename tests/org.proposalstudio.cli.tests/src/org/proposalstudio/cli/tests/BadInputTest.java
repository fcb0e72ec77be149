package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.listing;
import static org.proposalstudio.cli.tests.TestFiles.read;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.BrokenCheck;

/**
 * What the command line does with input an unfriendly user or a broken tool hands it: every problem is a located,
 * one-line message with an exit status that says what kind it is, no command hangs or fails on the first bad file,
 * and nothing is half-written. Each case here is one that once broke that promise.
 */
class BadInputTest {

	/** A diagnostic as tools read it: file, line and column, severity, check, message, on one line. */
	private static final Pattern FINDING = Pattern.compile("[^\\n]+:\\d+:\\d+: (error|warning|info): \\[[a-z-]+\\] [^\\n]+");

	private static final String TREE = """
			proposal Trees {
				human H
				model M
				amplified Amp(M) = H consulting M
				limit hch: HCH of Amp(M)
				signal s: imitation trains M from Amp(M)
				figure small { unroll limit depth 2 breadth 2 }
				figure tree { UNROLLING }
			}
			""";

	@TempDir
	Path temp;

	@Test
	void aFileWithOldMacLineEndsAndASyntaxErrorAtItsEndIsReportedThere() {
		Path file = write(temp.resolve("mac.proposal"), "// an old file\rproposal A {\r\tmodel M // the model\r}\rproposal B {");
		Cli.Run run = Cli.run("validate", arg(file)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		List<String> findings = run.outLines().subList(0, run.outLines().size() - 1);
		assertTrue(findings.stream().allMatch(line -> FINDING.matcher(line).matches()), run::toString);
		assertTrue(findings.stream().anyMatch(line -> line.startsWith(file + ":5:12: error: [syntax] ")), run::toString);
		assertFalse(run.out().contains("\tat "), "no stack trace on stdout either");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "// only a comment\n", "/* a comment */\r\n\r\n" })
	void aFileWithoutProposalsIsExportedAndDrawnAsValidateAcceptsIt(String text) {
		Path file = write(temp.resolve("blank.proposal"), text);
		Cli.run("validate", arg(file)).assertExit(ExitCode.OK);
		Cli.run("render", arg(file), "--out", arg(temp.resolve("figures"))).assertExit(ExitCode.OK).assertNoStackTrace();
		Cli.run("export-xmi", arg(file), "--out", arg(temp.resolve("blank.xmi"))).assertExit(ExitCode.OK);
		assertTrue(read(temp.resolve("blank.xmi")).contains("<proposal:ProposalModel "), read(temp.resolve("blank.xmi")));
		Cli.run("report", arg(file), "--out", arg(temp.resolve("report"))).assertExit(ExitCode.OK).assertNoStackTrace();
	}

	@Test
	void aControlCharacterInATextIsNotExportedAndIsReportedWhereItIsWritten() {
		Path file = write(temp.resolve("bell.proposal"), "proposal P {\n\thuman H \"rings a \\u0007 bell\"\n}\n");
		Path xmi = temp.resolve("bell.xmi");
		Cli.Run run = Cli.run("export-xmi", arg(file), "--out", arg(xmi)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals(List.of(file + ":2:2: error: [export] The description holds the character U+0007, which XMI (XML 1.0) cannot hold: "
				+ "remove it or write it out in words", "proposal-studio export-xmi: " + file + " has errors; nothing exported"),
				run.errLines());
		assertFalse(Files.exists(xmi), "nothing written");
	}

	@Test
	void exportRefusesToWriteOverItsInputOrAnyProposalFile() {
		Path file = write(temp.resolve("p.proposal"), "proposal P { }\n");
		Cli.run("export-xmi", arg(file), "--out", arg(file)).assertUsageError("Try 'proposal-studio export-xmi --help'.",
				"--out names the input file itself");
		Cli.run("export-xmi", arg(file), "--out", arg(temp.resolve("other.proposal"))).assertUsageError(
				"Try 'proposal-studio export-xmi --help'.", "--out names a .proposal file");
		assertEquals("proposal P { }\n", read(file));
	}

	@ParameterizedTest
	@ValueSource(strings = { "unroll limit depth 2147483647", "unroll limit depth 20 breadth 20", "unroll nested depth 30000",
			"unroll debate depth 15 breadth 2", "unroll versions depth 7000" })
	void anUnrollingBeyondTheLimitIsRefusedBeforeAnythingIsBuilt(String unrolling) {
		Path file = write(temp.resolve("trees.proposal"), TREE.replace("UNROLLING", unrolling));
		Path out = temp.resolve("figures");
		Cli.Run run = Cli.run("render", arg(file), "--out", arg(out)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals(1, run.errLines().stream().filter(line -> line.startsWith(file + ":8:") && line.contains("error: [diagram] Figure 'tree'"))
				.count(), run::toString);
		assertEquals(List.of("Trees-small.svg"), listing(out), "the figure within the limits is drawn all the same");
	}

	/** Where mkfifo is missing, as on a system other than Unix, there is no named pipe to test with. */
	@Test
	@EnabledIf("namedPipesCanBeMade")
	void aPipeNamedLikeAProposalIsNotOpenedAndTheOtherFilesAreValidated() throws Exception {
		Path fifo = temp.resolve("pipe.proposal");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo made the pipe");
		Path good = write(temp.resolve("good.proposal"), "proposal Good { }\n");
		Cli.Run run = Cli.run("validate", arg(fifo), arg(good)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(List.of(fifo + ": not a regular file (a pipe, a device or a socket); name a file"), run.errLines());
		assertTrue(run.lastLine().startsWith("1 file checked: "), run::toString);
	}

	static boolean namedPipesCanBeMade() {
		return Files.isExecutable(Path.of("/usr/bin/mkfifo"));
	}

	@Test
	void aFileLargerThanTheLimitIsNotRead() throws IOException {
		Path huge = temp.resolve("huge.proposal");
		try (var out = Files.newOutputStream(huge)) {
			byte[] line = ("// " + "x".repeat(1020) + "\n").getBytes();
			for (int i = 0; i <= 10 * 1024; i++) {
				out.write(line);
			}
		}
		Cli.run("validate", arg(huge)).assertInputProblems(huge + ":1:1: the file has 10,486,784 bytes, more than the 10,485,760 that "
				+ "Proposal Studio reads in one file; split it into several files");
	}

	@Test
	void everyDiagnosticIsOneLineWhateverTheTextHolds() {
		Path file = write(temp.resolve("lines.proposal"), "proposal P \"title\" \"a second\ntext\u2028over\u2029lines\" { }\n"
				+ "proposal Q cites 99999999999 { }\n");
		Cli.Run run = Cli.run("validate", arg(file)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		List<String> findings = run.outLines().subList(0, run.outLines().size() - 1);
		assertTrue(findings.stream().allMatch(line -> FINDING.matcher(line).matches() && line.indexOf('\u2028') < 0
				&& line.indexOf('\u2029') < 0), run::toString);
		assertTrue(findings.stream().anyMatch(line -> line.contains("'\"a second\\ntext\\u2028over\\u2029lines\"'")), run::toString);
		assertTrue(findings.stream().anyMatch(line -> line.endsWith("The number '99999999999' is too large: numbers go up to 2147483647")),
				run::toString);
	}

	@Test
	void renderReportsABadFileAndDrawsTheOthers() {
		Path broken = write(temp.resolve("broken.proposal"), "proposal Broken {\n");
		Path deep = write(temp.resolve("deep.proposal"), TREE.replace("Trees", "Deep").replace("UNROLLING", "unroll limit depth 99 breadth 9"));
		Path good = write(temp.resolve("good.proposal"), TREE.replace("Trees", "Good").replace("UNROLLING", "unroll limit depth 3"));
		Path latin1 = write(temp.resolve("latin1.proposal"), new byte[] { 'p', (byte) 0xE9 });
		Path out = temp.resolve("figures");
		Cli.Run run = Cli.run("render", arg(broken), arg(deep), arg(good), arg(latin1), "--out", arg(out))
				.assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(List.of("Deep-small.svg", "Good-small.svg", "Good-tree.svg"), listing(out));
		assertTrue(run.errLines().contains(latin1 + ":1:2: not valid UTF-8 (byte 0xE9); save the file as UTF-8"), run::toString);
		assertTrue(run.errLines().stream().anyMatch(line -> line.startsWith(broken + ":1:18: error: [syntax] ")), run::toString);
		assertTrue(run.errLines().stream().anyMatch(line -> line.startsWith(deep + ":8:")), run::toString);
	}

	/** A bug in a check: the run says so in one line, on the file, and exits 3; the other checks still report. */
	@Test
	void aCheckWithABugIsAnInternalErrorOnTheFile() {
		Path file = write(temp.resolve("p.proposal"), "proposal P {\n\tmodel M\n}\n");
		Cli.Run run;
		try (BrokenCheck broken = BrokenCheck.install()) {
			run = Cli.run("validate", arg(file));
		}
		run.assertExit(ExitCode.INTERNAL_ERROR).assertNoStackTrace();
		assertTrue(run.outLines().contains(file + ":1:1: error: [internal] A check failed, by a bug in Proposal Studio, so this file's findings "
				+ "may be incomplete: java.lang.IllegalStateException: broken on purpose (please report it with the input that caused it)"),
				run::toString);
		assertTrue(run.out().contains("[missing-inner-alignment]"), run::toString);
	}
}
