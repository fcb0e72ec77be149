package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.assertNoTemporaryFiles;
import static org.proposalstudio.cli.tests.TestFiles.listing;
import static org.proposalstudio.cli.tests.TestFiles.read;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

/** {@code format}: rewrites files in place, or with --check only lists them; never touches a file it cannot parse. */
class FormatCommandTest {

	private static final String UNFORMATTED = """
			proposal  Messy   "t"   section  3{
			model M   human H
			}
			""";
	private static final String FORMATTED = """
			proposal Messy "t" section 3 {
				model M
				human H
			}
			""";
	private static final String SYNTAX_ERROR = """
			proposal   Broken {
			  model M
			  bogus
			}
			""";

	@TempDir
	Path temp;

	@Test
	void checkListsTheUnformattedFilesAndWritesNothing() {
		Path messy = write(temp.resolve("messy.proposal"), UNFORMATTED);
		Path tidy = write(temp.resolve("tidy.proposal"), FORMATTED.replace("Messy", "Tidy"));
		List<String> before = listing(temp);
		Cli.Run run = Cli.run("format", "--check", arg(temp)).assertExit(ExitCode.ERRORS);
		assertEquals(List.of("not formatted: " + messy), run.outLines());
		assertEquals("", run.err());
		assertEquals(UNFORMATTED, read(messy), "--check writes nothing");
		assertEquals(FORMATTED.replace("Messy", "Tidy"), read(tidy));
		assertEquals(before, listing(temp), "--check creates no file");
	}

	@Test
	void checkPassesOnTheExamples() {
		Cli.Run run = Cli.run("format", "--check", arg(Examples.folder())).assertExit(ExitCode.OK);
		assertEquals("", run.out());
		assertEquals("", run.err());
	}

	@Test
	void withoutCheckTheFileIsRewrittenInPlace() {
		Path messy = write(temp.resolve("messy.proposal"), UNFORMATTED);
		Cli.Run run = Cli.run("format", arg(messy)).assertExit(ExitCode.OK);
		assertEquals(List.of("formatted: " + messy), run.outLines());
		assertEquals(FORMATTED, read(messy));
		assertEquals(List.of("messy.proposal"), listing(temp));
		assertNoTemporaryFiles(temp);
		Cli.run("format", "--check", arg(messy)).assertExit(ExitCode.OK);
	}

	@Test
	void oldMacLineEndsBetweenTokensBecomeLineFeedsSoThatFormattingAgainChangesNothing() {
		// a comment after a bare \r was taken for the end of the line before, and moved when formatted again
		Path mac = write(temp.resolve("mac.proposal"), "proposal Mac {\r\tmodel M \"a\rb\"\r// the human\r\thuman H\r}\r");
		Cli.run("format", arg(mac)).assertExit(ExitCode.OK);
		assertEquals("proposal Mac {\n\tmodel M \"a\rb\"\n// the human\n\thuman H\n}\n", read(mac), "the \\r inside the string is its own");
		Cli.run("format", "--check", arg(mac)).assertExit(ExitCode.OK);
	}

	@Test
	void aFormattedFileIsNotRewritten() throws Exception {
		Path tidy = write(temp.resolve("tidy.proposal"), FORMATTED);
		var modified = Files.getLastModifiedTime(tidy);
		Thread.sleep(20);
		Cli.Run run = Cli.run("format", arg(tidy)).assertExit(ExitCode.OK);
		assertEquals("", run.out());
		assertEquals(modified, Files.getLastModifiedTime(tidy), "a formatted file is left alone");
	}

	@Test
	void aRewrittenFileKeepsItsPermissions() throws Exception {
		Path messy = write(temp.resolve("messy.proposal"), UNFORMATTED);
		Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-rw-r--"));
		Cli.run("format", arg(messy)).assertExit(ExitCode.OK);
		assertEquals(FORMATTED, read(messy));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)));
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftByteIdenticalAndReported() {
		Path broken = write(temp.resolve("broken.proposal"), SYNTAX_ERROR);
		byte[] before = TestFiles.bytes(broken);
		Path messy = write(temp.resolve("messy.proposal"), UNFORMATTED);
		Cli.Run run = Cli.run("format", arg(broken), arg(messy)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertArrayEquals(before, TestFiles.bytes(broken), "a file that does not parse is not touched");
		assertTrue(run.errLines().stream().anyMatch(line -> line.startsWith(broken + ":3:3: error: [syntax] ")), run::toString);
		assertEquals(broken + ": not formatted, because of its syntax errors", run.errLines().get(run.errLines().size() - 1));
		assertEquals(FORMATTED, read(messy), "the other files are still formatted");
		assertEquals(List.of("formatted: " + messy), run.outLines());
		assertNoTemporaryFiles(temp);
	}

	@Test
	void checkReportsAFileWithSyntaxErrorsToo() {
		Path broken = write(temp.resolve("broken.proposal"), SYNTAX_ERROR);
		Cli.Run run = Cli.run("format", "--check", arg(broken)).assertExit(ExitCode.ERRORS);
		assertEquals("", run.out());
		assertEquals(broken + ": not formatted, because of its syntax errors", run.errLines().get(run.errLines().size() - 1));
		assertEquals(SYNTAX_ERROR, read(broken));
	}

	@Test
	void unreadableInputIsReportedAndTheOtherFilesAreFormatted() {
		Path messy = write(temp.resolve("messy.proposal"), UNFORMATTED);
		Path latin1 = write(temp.resolve("latin1.proposal"), new byte[] { 'p', (byte) 0xE9 });
		Cli.Run run = Cli.run("format", arg(messy), arg(latin1)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(List.of(latin1 + ":1:2: not valid UTF-8 (byte 0xE9); save the file as UTF-8"), run.errLines());
		assertEquals(List.of("formatted: " + messy), run.outLines());
		assertEquals(FORMATTED, read(messy), "the readable file is formatted all the same");
	}

	@Test
	void aFileWithASecondDeploymentIsLeftAloneAndTheOthersAreFormatted() {
		String twoDeployments = "proposal P {\n\tmodel M\n\tdeploy M\n\tdeploy M\n}\n";
		Path twice = write(temp.resolve("twice.proposal"), twoDeployments);
		Path messy = write(temp.resolve("messy.proposal"), UNFORMATTED);
		Cli.Run run = Cli.run("format", arg(twice), arg(messy)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals(List.of(twice + ":4:2: error: [syntax] Proposal 'P' already has a deployment, and a proposal has one: remove this one "
				+ "or the first", twice + ": not formatted, because of its syntax errors"), run.errLines());
		assertEquals(twoDeployments, read(twice));
		assertEquals(FORMATTED, read(messy));
	}
}
