package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code diff}: the ways to name the two proposals (two files, FILE#PROPOSAL, one file of two, a file against git), the
 * three formats, and every bad input as one line and a non-zero exit. What the comparison says is the diff bundle's
 * tests' concern.
 */
class DiffCommandTest {

	private static final String PAIR = """
			proposal Old {
				model M
				human H
				signal loss: imitation trains M from H
				oversight check: H oversees M continuously using transparency-tools checking per-step-myopia
					mitigating overfitting "held-out checks"
				deploy M
				outer alignment is uncertain relies on loss "imitating H"
				inner alignment is uncertain relies on check "myopia"
				training competitiveness is uncertain "cheap"
				performance competitiveness is uncertain "narrow"
			}
			proposal New extends Old {
				inner alignment is promising relies on check "myopia, checked continuously"
			}
			""";

	@TempDir
	Path temp;

	private static Path example(String prefix) {
		return Examples.faithful().stream().filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
	}

	@Test
	void twoFilesOfOneProposalEach() {
		Cli.Run run = Cli.run("diff", arg(example("s03")), arg(example("s04"))).assertExit(ExitCode.OK).assertNoStackTrace();
		assertEquals("", run.err());
		assertTrue(run.outLines().contains("~ oversight rat (in place of intermittentOversight)"), run::toString);
		assertEquals("7 elements differ; 1 diagnostic removed, 1 added", run.lastLine());
		assertFalse(run.out().contains("\u001b["), "no colour when the output is not a terminal");
		assertTrue(Cli.run("diff", "--color", "always", arg(example("s03")), arg(example("s04"))).out().contains("\u001b[32m"));
	}

	@Test
	void twoProposalsOfOneFileNamedOrNot() {
		Path file = write(temp.resolve("pair.proposal"), PAIR);
		Cli.Run named = Cli.run("diff", arg(file) + "#Old", arg(file) + "#New").assertExit(ExitCode.OK);
		assertTrue(named.outLines().contains("    stance: uncertain -> promising"), named::toString);
		assertEquals(named.out(), Cli.run("diff", arg(file)).out(), "a file of two proposals compares them in order");
		Cli.Run backwards = Cli.run("diff", arg(file) + "#New", arg(file) + "#Old").assertExit(ExitCode.OK);
		assertTrue(backwards.outLines().contains("    stance: promising -> uncertain"), backwards::toString);
	}

	@Test
	void exitCodeSaysWhetherTheyDiffer() {
		Path file = write(temp.resolve("pair.proposal"), PAIR);
		Cli.run("diff", "--exit-code", arg(file) + "#Old", arg(file) + "#New").assertExit(ExitCode.ERRORS);
		Cli.Run same = Cli.run("diff", "--exit-code", arg(file) + "#Old", arg(file) + "#Old").assertExit(ExitCode.OK);
		assertTrue(same.out().contains("The two proposals say the same"), same::toString);
	}

	@Test
	void aFileAgainstItsVersionInGit() throws Exception {
		Path file = write(temp.resolve("proposals/pair.proposal"), PAIR);
		git("init", "-q");
		git("add", ".");
		git("commit", "-q", "-m", "first");
		write(file, PAIR.replace("inner alignment is uncertain relies on check \"myopia\"",
				"inner alignment is concerning relies on check \"myopia alone\""));
		Cli.Run run = Cli.run("diff", "--git", "HEAD", arg(file) + "#Old").assertExit(ExitCode.OK).assertNoStackTrace();
		assertTrue(run.outLines().get(0).endsWith("pair.proposal@HEAD#Old"), run::toString);
		assertTrue(run.outLines().contains("    stance: uncertain -> concerning"), run::toString);
		assertTrue(run.outLines().contains("    text: myopia {+alone+}"), run::toString);

		Cli.Run unknown = Cli.run("diff", "--git", "no-such-revision", arg(file) + "#Old");
		unknown.assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(1, unknown.errLines().size(), unknown::toString);
		assertTrue(unknown.errLines().get(0).startsWith(arg(file) + "@no-such-revision: git cannot show it: "), unknown::toString);
	}

	@Test
	void jsonAndAPageWrittenWhole() {
		Cli.Run json = Cli.run("diff", "--format", "json", arg(example("s03")), arg(example("s04"))).assertExit(ExitCode.OK);
		JsonObject document = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals("ImitativeAmplificationRelaxedAdversarialTraining", document.getAsJsonObject("new").get("proposal").getAsString());
		assertEquals(7, document.getAsJsonArray("changes").size());

		Path page = temp.resolve("out/diff.html");
		Cli.Run html = Cli.run("diff", "--format", "html", "--out", arg(page), arg(example("s03")), arg(example("s04"))).assertExit(ExitCode.OK);
		assertEquals(List.of("Wrote the comparison to " + arg(page)), html.outLines());
		String text = TestFiles.read(page);
		assertTrue(text.startsWith("<!DOCTYPE html>") && text.strip().endsWith("</html>"), "the page, whole");
		assertEquals(8, text.split("<svg ", -1).length - 1, "four figures on each side");
		TestFiles.assertNoTemporaryFiles(temp);
	}

	@Test
	void badInputIsOneLineEachAndNonZero() {
		Path file = write(temp.resolve("pair.proposal"), PAIR);
		Path broken = write(temp.resolve("broken/broken.proposal"), "proposal Broken {\n\tmodel\n}\n");
		Cli.run("diff", arg(file)).assertExit(ExitCode.OK);
		Cli.run("diff").assertUsageError("Try 'proposal-studio diff --help'.", "two proposals");
		Cli.run("diff", "a.proposal", "b.proposal", "c.proposal").assertUsageError("Try 'proposal-studio diff --help'.", "two proposals");
		Cli.run("diff", "--format", "xml", arg(file)).assertUsageError("Try 'proposal-studio diff --help'.", "--format", "xml");
		Cli.run("diff", arg(temp.resolve("missing.proposal")), arg(file)).assertInputProblems(arg(temp.resolve("missing.proposal"))
				+ ": no such file or directory");
		Cli.run("diff", arg(file) + "#Nope", arg(file) + "#Old").assertInputProblems(arg(file) + ": no proposal named 'Nope'; it has Old, New");
		Cli.run("diff", arg(file), arg(file)).assertInputProblems(arg(file)
				+ ": holds 2 proposals; name one as " + arg(file) + "#PROPOSAL; it has Old, New");

		Cli.Run syntax = Cli.run("diff", arg(broken), arg(file) + "#Old").assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals("", syntax.out());
		assertTrue(syntax.errLines().get(0).startsWith(arg(broken) + ":3:1: error: [syntax] "), syntax::toString);
		assertEquals("proposal-studio diff: nothing compared; fix the errors above first", syntax.errLines().get(syntax.errLines().size() - 1));
	}

	private void git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.email=test@example.org", "-c", "user.name=Test", "-C",
				temp.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", arguments));
		assertEquals(0, process.exitValue(), () -> "git " + String.join(" ", arguments) + ": " + output);
	}
}
