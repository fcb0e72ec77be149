package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** {@code validate}: diagnostics in the documented format, exit statuses, unreadable input, and project settings. */
class ValidateCommandTest {

	private static final Pattern DIAGNOSTIC = Pattern.compile("^[^:]+:\\d+:\\d+: (error|warning|info): \\[[a-z-]+\\] .+$");
	private static final Pattern SUMMARY = Pattern
			.compile("^(\\d+) files? checked: (no errors|(\\d+) errors?), (\\d+) warnings?, (\\d+) infos?$");

	@TempDir
	Path temp;

	private static String[] validate(List<Path> files) {
		return Stream.concat(Stream.of("validate"), files.stream().map(TestFiles::arg)).toArray(String[]::new);
	}

	@Test
	void theFaithfulExamplesHaveNoErrors() {
		Cli.Run run = Cli.run(validate(Examples.faithful())).assertExit(ExitCode.OK);
		assertEquals("", run.err());
		// examples/README.md lists these warnings and infos, file by file
		assertEquals("11 files checked: no errors, 12 warnings, 10 infos", run.lastLine());
	}

	@Test
	void theExamplesFolderHasTheFourErrorsOfFlawed() {
		Cli.Run run = Cli.run("validate", arg(Examples.folder())).assertExit(ExitCode.ERRORS);
		assertEquals("", run.err());
		assertEquals("26 files checked: 4 errors, 21 warnings, 12 infos", run.lastLine());
		assertTrue(run.outLines().stream().filter(line -> line.contains(": error: "))
				.allMatch(line -> line.startsWith(arg(Examples.folder().resolve("flawed")) + "/")), run::toString);
	}

	@Test
	void aFlawedExampleWithAnErrorExitsOne() {
		Path flawed = Examples.folder().resolve("flawed/missing-inner-alignment.proposal");
		Cli.Run run = Cli.run("validate", arg(flawed)).assertExit(ExitCode.ERRORS);
		assertEquals("", run.err());
		assertEquals(2, run.outLines().size(), run::toString);
		assertTrue(run.outLines().get(0).startsWith(arg(flawed) + ":6:10: error: [missing-inner-alignment] Proposal "
				+ "'FlawedOuterAlignmentOnly' has no inner alignment argument"), run::toString);
		assertEquals("1 file checked: 1 error, 0 warnings, 0 infos", run.lastLine());
	}

	/** Each flawed/CHECK.proposal raises its own check and no other (examples/README.md), so the ids come through. */
	static List<Path> flawedExamples() {
		return Examples.flawed();
	}

	@ParameterizedTest
	@MethodSource("flawedExamples")
	void eachFlawedExampleIsReportedUnderItsCheckId(Path flawed) {
		String check = flawed.getFileName().toString().replace(".proposal", "");
		Cli.Run run = Cli.run("validate", arg(flawed));
		List<String> diagnostics = run.outLines().subList(0, run.outLines().size() - 1);
		assertFalse(diagnostics.isEmpty(), run::toString);
		for (String line : diagnostics) {
			assertTrue(DIAGNOSTIC.matcher(line).matches(), () -> "not a diagnostic line: " + line);
			assertTrue(line.contains(": [" + check + "] "), () -> "another check than " + check + ": " + line);
		}
		boolean errors = diagnostics.stream().anyMatch(line -> line.contains(": error: "));
		run.assertExit(errors ? ExitCode.ERRORS : ExitCode.OK);
	}

	@Test
	void everyLineIsADiagnosticExceptTheSummary() {
		Cli.Run run = Cli.run("validate", arg(Examples.folder()));
		List<String> lines = run.outLines();
		assertTrue(SUMMARY.matcher(run.lastLine()).matches(), run::toString);
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(DIAGNOSTIC.matcher(line).matches(), () -> "not 'file:line:column: severity: [check-id] message': " + line);
		}
	}

	@Test
	void manyFindingsArePrintedInOrderAsTheyAreWrittenToAFile() {
		// 4 findings of some 250 characters per proposal: far more text than stdout is given at once
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 500; i++) {
			text.append("proposal P").append(i).append(" { human H model M signal s: imitation trains M from H deploy M }\n");
		}
		Path file = write(temp.resolve("many.proposal"), text.toString());
		Path out = temp.resolve("findings.txt");
		Cli.Run printed = Cli.run("validate", arg(file)).assertExit(ExitCode.ERRORS);
		Cli.run("validate", "--out", arg(out), arg(file)).assertExit(ExitCode.ERRORS);
		assertEquals(TestFiles.read(out), printed.out(), "stdout and --out hold the same text");
		assertEquals("1 file checked: 500 errors, 1500 warnings, 0 infos", printed.lastLine());
		assertEquals(2001, printed.outLines().size(), "a line per finding and the summary");
		assertTrue(printed.outLines().get(1999).contains(":500:10: warning: "), printed.outLines().get(1999));
	}

	@Test
	void diagnosticsPointAtTheirLineAndColumn() {
		Path known = write(temp.resolve("known.proposal"), """
				// line 1: the proposal's name is at 2:10, the broken reference at 4:9 (a tab counts as one column)
				proposal Known {
					model M
					deploy Nobody
				}
				""");
		Cli.Run run = Cli.run("validate", arg(known)).assertExit(ExitCode.ERRORS);
		// at one position: errors, warnings, infos, then by check and message
		assertEquals(List.of(
				known + ":2:10: error: [missing-inner-alignment]",
				known + ":2:10: warning: [missing-component]",
				known + ":2:10: warning: [missing-component]",
				known + ":2:10: warning: [missing-component]",
				known + ":4:9: error: [linking]"),
				run.outLines().subList(0, run.outLines().size() - 1).stream().map(ValidateCommandTest::withoutMessage).toList(),
				run::toString);
		assertTrue(run.outLines().get(1).contains("no outer alignment argument"), run::toString);
		assertTrue(run.outLines().get(2).contains("no performance competitiveness argument"), run::toString);
		assertTrue(run.outLines().get(3).contains("no training competitiveness argument"), run::toString);
		assertTrue(run.outLines().get(4).endsWith("] No participant named 'Nobody' in proposal 'Known'"), run::toString);
		assertEquals("1 file checked: 2 errors, 3 warnings, 0 infos", run.lastLine());
	}

	@Test
	void aSyntaxErrorPointsAtTheUnexpectedWord() {
		Path broken = write(temp.resolve("broken.proposal"), """
				proposal Broken {
					model M
					bogus
					deploy M
				}
				""");
		Cli.Run run = Cli.run("validate", arg(broken)).assertExit(ExitCode.ERRORS);
		assertTrue(run.outLines().stream().anyMatch(line -> line.startsWith(broken + ":3:2: error: [syntax] ")
				&& line.contains("found 'bogus'")), run::toString);
	}

	private static String withoutMessage(String line) {
		return line.substring(0, line.indexOf(']') + 1);
	}

	@Test
	void jsonHasTheSameFilesDiagnosticsAndCountsAsText() {
		Cli.Run text = Cli.run("validate", arg(Examples.folder()));
		Cli.Run json = Cli.run("validate", "--format", "json", arg(Examples.folder()));
		assertEquals(text.exitCode(), json.exitCode(), json::toString);
		assertEquals("", json.err());
		JsonObject document = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(List.of("files", "diagnostics", "summary"), List.copyOf(document.keySet()));

		List<String> diagnostics = new ArrayList<>();
		for (JsonElement element : document.getAsJsonArray("diagnostics")) {
			JsonObject diagnostic = element.getAsJsonObject();
			diagnostics.add(diagnostic.get("file").getAsString() + ":" + diagnostic.get("line").getAsInt() + ":"
					+ diagnostic.get("column").getAsInt() + ": " + diagnostic.get("severity").getAsString() + ": ["
					+ diagnostic.get("check").getAsString() + "] " + diagnostic.get("message").getAsString());
		}
		assertEquals(text.outLines().subList(0, text.outLines().size() - 1), diagnostics, "the text lines, field by field");

		Matcher summary = SUMMARY.matcher(text.lastLine());
		assertTrue(summary.matches(), text::toString);
		JsonObject counts = document.getAsJsonObject("summary");
		JsonArray files = document.getAsJsonArray("files");
		assertEquals(Integer.parseInt(summary.group(1)), files.size());
		assertEquals(Integer.parseInt(summary.group(1)), counts.get("files").getAsInt());
		assertEquals(summary.group(3) == null ? 0 : Integer.parseInt(summary.group(3)), counts.get("errors").getAsInt());
		assertEquals(Integer.parseInt(summary.group(4)), counts.get("warnings").getAsInt());
		assertEquals(Integer.parseInt(summary.group(5)), counts.get("infos").getAsInt());
		assertTrue(files.contains(new JsonPrimitive(arg(Examples.faithful().get(0)))), json::toString);
	}

	@Test
	void jsonOfAFileWithoutDiagnosticsHasAnEmptyList() {
		Path clean = write(temp.resolve("proposals.properties"), """
				missing-inner-alignment = ignore
				missing-component = ignore
				nothing-deployed = ignore
				""").resolveSibling("clean.proposal");
		write(clean, "proposal Clean {\n}\n");
		Cli.Run run = Cli.run("validate", "--format=json", arg(clean)).assertExit(ExitCode.OK);
		JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(0, document.getAsJsonArray("diagnostics").size(), run::toString);
		assertEquals(1, document.getAsJsonObject("summary").get("files").getAsInt());
	}

	@Test
	void jsonOfUnreadableInputListsTheProblems() {
		String missing = arg(temp.resolve("missing.proposal"));
		Cli.Run run = Cli.run("validate", "--format", "json", missing).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(List.of(missing + ": no such file or directory"),
				document.getAsJsonArray("unreadable").asList().stream().map(JsonElement::getAsString).toList());
		assertEquals(List.of(missing + ": no such file or directory"), run.errLines(), "stderr has the same lines as without json");
	}

	// --- input that cannot be read: exit 2, one line per problem, no stack trace

	@Test
	void aMissingPath() {
		String missing = arg(temp.resolve("missing.proposal"));
		Cli.run("validate", missing).assertInputProblems(missing + ": no such file or directory");
	}

	@Test
	void aDirectoryWithoutProposalFiles() {
		write(temp.resolve("empty/notes.txt"), "not a proposal");
		String empty = arg(temp.resolve("empty"));
		Cli.run("validate", empty).assertInputProblems(empty + ": no .proposal files in this directory");
	}

	@Test
	void aFileThatIsNotAProposalFile() {
		String notes = arg(write(temp.resolve("notes.txt"), "proposal X {\n}\n"));
		Cli.run("validate", notes).assertInputProblems(notes + ": not a .proposal file");
	}

	@Test
	void aLatin1FileIsReportedAtItsFirstNonUtf8Byte() {
		// 'é' in Latin-1 is the single byte 0xE9: line 2, column 9
		Path latin1 = write(temp.resolve("latin1.proposal"),
				"proposal Cafe {\n\tmodel Mé \"the model\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		Cli.run("validate", arg(latin1))
				.assertInputProblems(latin1 + ":2:9: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
	}

	@Test
	void aUtf16FileWithAByteOrderMark() {
		Path utf16 = write(temp.resolve("utf16.proposal"), "proposal X {\n}\n".getBytes(StandardCharsets.UTF_16));
		Cli.run("validate", arg(utf16)).assertInputProblems(utf16 + ":1:1: the file is encoded in UTF-16; save it as UTF-8");
	}

	@Test
	void aUtf16FileWithoutAByteOrderMark() {
		Path utf16 = write(temp.resolve("utf16le.proposal"), "proposal X {\n}\n".getBytes(StandardCharsets.UTF_16LE));
		Cli.run("validate", arg(utf16)).assertInputProblems(
				utf16 + ":1:1: the file is encoded in UTF-16 (without byte order mark); save it as UTF-8");
	}

	@Test
	void aFileWithNulBytes() {
		Path binary = write(temp.resolve("binary.proposal"), "proposal X {\n\tmodel \0M\n}\n");
		Cli.run("validate", arg(binary)).assertInputProblems(binary + ":2:8: not a text file (it contains NUL bytes)");
	}

	/**
	 * Skipped when running as root, who reads a file whatever its permissions. A condition rather than an assumption:
	 * in Tycho's OSGi test runtime a failed assumption's TestAbortedException is not the class the JUnit engine knows
	 * (its provider embeds its own opentest4j), so the test would be reported as an error instead of skipped.
	 */
	@Test
	@EnabledIf("filesCanBeMadeUnreadable")
	void anUnreadableFile() throws Exception {
		Path unreadable = write(temp.resolve("unreadable.proposal"), "proposal X {\n}\n");
		Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
		Cli.run("validate", arg(unreadable)).assertInputProblems(unreadable + ": permission denied");
	}

	static boolean filesCanBeMadeUnreadable() throws IOException {
		Path probe = Files.createTempFile("unreadable", ".proposal");
		try {
			Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
			return !Files.isReadable(probe);
		} finally {
			Files.delete(probe);
		}
	}

	@Test
	void everyProblemIsReportedOnItsOwnLineAndTheReadableFilesAreValidated() {
		Path good = write(temp.resolve("good.proposal"), "proposal Good {\n}\n");
		String missing = arg(temp.resolve("missing.proposal"));
		String notes = arg(write(temp.resolve("notes.txt"), "x"));
		Path binary = write(temp.resolve("binary.proposal"), "\0");
		Cli.Run run = Cli.run("validate", missing, arg(good), notes, arg(binary)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(List.of(missing + ": no such file or directory", notes + ": not a .proposal file",
				binary + ":1:1: not a text file (it contains NUL bytes)"), run.errLines());
		assertEquals("1 file checked: 2 errors, 3 warnings, 0 infos", run.lastLine(), "the readable file is validated all the same");
	}

	@Test
	void onlyNothingReadableAtAllLeavesNothingToValidate() {
		String missing = arg(temp.resolve("missing.proposal"));
		Cli.run("validate", missing).assertInputProblems(missing + ": no such file or directory");
	}

	@Test
	void aFileNamedTwiceIsCheckedOnce() {
		Path file = write(temp.resolve("twice.proposal"), "proposal Twice {\n\tdeploy Nobody\n}\n");
		String relative = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
		Cli.Run run = Cli.run("validate", arg(file), relative).assertExit(ExitCode.ERRORS);
		assertEquals("", run.err());
		assertTrue(run.lastLine().startsWith("1 file checked: "), run::toString);
		assertEquals(1, run.outLines().stream().filter(line -> line.contains("[linking]")).count(), run::toString);
	}

	// --- projects: proposals.properties

	private Path twoFileProject() {
		write(temp.resolve("project/base/base.proposal"), """
				proposal Base {
					human H
					model M
					signal s: imitation trains M from H
					deploy M
				}
				""");
		return write(temp.resolve("project/derived/derived.proposal"), """
				proposal Derived extends Base {
					dataset D
				}
				""");
	}

	@Test
	void extendsAcrossTheFilesOfAProjectResolvesWhenOnlyTheExtendingFileIsNamed() {
		Path derived = twoFileProject();
		write(temp.resolve("project/proposals.properties"), "# one project\n");
		Cli.Run run = Cli.run("validate", arg(derived)).assertExit(ExitCode.ERRORS);
		assertEquals("", run.err());
		assertFalse(run.out().contains("[linking]"), run::toString);
		assertTrue(run.outLines().stream().allMatch(line -> line.startsWith(derived + ":") || line.equals(run.lastLine())),
				() -> "only the file named is reported:\n" + run);
		assertFalse(run.out().contains("[nothing-deployed]"), () -> "'deploy M' is inherited from Base:\n" + run);
		assertTrue(run.lastLine().startsWith("1 file checked: "), run::toString);
	}

	@Test
	void withoutProposalsPropertiesEachFolderIsItsOwnProject() {
		Path derived = twoFileProject();
		Cli.Run run = Cli.run("validate", arg(derived)).assertExit(ExitCode.ERRORS);
		assertTrue(run.outLines().contains(derived + ":1:26: error: [linking] No proposal named 'Base' in this project"),
				run::toString);
	}

	@Test
	void aBadSettingIsAConfigurationErrorAtItsLineAndColumn() {
		Path properties = write(temp.resolve("proposals.properties"), """
				# the settings
				missing-limit = eror
				  no-such-check = error
				missing-component warning
				""");
		Path flawed = copyOfFlawed("missing-limit");
		Cli.Run run = Cli.run("validate", arg(flawed)).assertExit(ExitCode.ERRORS);
		List<String> configuration = run.outLines().stream().filter(line -> line.contains("[configuration]")).toList();
		assertEquals(3, configuration.size(), run::toString);
		assertTrue(configuration.get(0).startsWith(properties + ":2:17: error: [configuration] unknown severity 'eror'"), run::toString);
		assertTrue(configuration.get(1).startsWith(properties + ":3:3: error: [configuration] unknown check 'no-such-check'"), run::toString);
		assertTrue(configuration.get(2).startsWith(properties + ":4:1: error: [configuration] expected 'check-id = severity'"),
				run::toString);
		assertTrue(run.out().contains(": warning: [missing-limit]"), () -> "a bad line leaves the default:\n" + run);
		assertTrue(DIAGNOSTIC.matcher(configuration.get(0)).matches(), configuration.get(0));
	}

	@Test
	void aCheckSetToIgnoreIsSwitchedOff() {
		Path flawed = copyOfFlawed("missing-limit");
		Cli.Run defaults = Cli.run("validate", arg(flawed)).assertExit(ExitCode.OK);
		assertTrue(defaults.out().contains(": warning: [missing-limit]"), defaults::toString);

		write(temp.resolve("proposals.properties"), "missing-limit = ignore\n");
		Cli.Run ignored = Cli.run("validate", arg(flawed)).assertExit(ExitCode.OK);
		assertEquals(List.of("1 file checked: no errors, 0 warnings, 0 infos"), ignored.outLines());
	}

	@Test
	void aCheckSetToErrorFailsTheRun() {
		Path flawed = copyOfFlawed("missing-limit");
		write(temp.resolve("proposals.properties"), "missing-limit = error\n");
		Cli.Run run = Cli.run("validate", arg(flawed)).assertExit(ExitCode.ERRORS);
		assertTrue(run.outLines().get(0).startsWith(flawed + ":8:10: error: [missing-limit] "), run::toString);
		assertEquals("1 file checked: 1 error, 0 warnings, 0 infos", run.lastLine());
	}

	private Path copyOfFlawed(String check) {
		return write(temp.resolve(check + ".proposal"), TestFiles.bytes(Examples.folder().resolve("flawed/" + check + ".proposal")));
	}
}
