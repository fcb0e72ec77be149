package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.cli.ExitCode;

/** The dispatcher: help, and every way of using the command line wrongly, which must end in exit 2 and a hint. */
class ProposalStudioCliTest {

	private static final List<String> COMMANDS = List.of("validate", "format", "render", "report", "export-xmi", "import-xmi", "diff",
			"lsp", "export-safety-case");
	private static final String HINT = "Try 'proposal-studio --help'.";

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void theOverviewListsEveryCommandAndTheExitStatuses(String help) {
		Cli.Run run = Cli.run(help).assertExit(ExitCode.OK);
		assertEquals("", run.err());
		assertTrue(run.out().startsWith("Usage: proposal-studio COMMAND"), run::toString);
		for (String command : COMMANDS) {
			assertTrue(run.outLines().stream().anyMatch(line -> line.startsWith("  " + command + " ")),
					() -> command + " is missing from the overview:\n" + run);
		}
		assertTrue(run.out().contains("0 no errors, 1 errors found, 2 bad usage or unreadable input, 3 internal error"),
				run::toString);
	}

	@Test
	void theLanguageServerTakesNoFilesAndAPortNumber() {
		Cli.run("lsp", "examples").assertUsageError("Try 'proposal-studio lsp --help'.", "lsp takes no files");
		Cli.run("lsp", "--port", "http").assertUsageError("Try 'proposal-studio lsp --help'.", "--port", "'http'");
		Cli.run("lsp", "--port", "70000").assertUsageError("Try 'proposal-studio lsp --help'.", "1 to 65535");
	}

	@Test
	void noArgumentsShowsTheOverviewAsAnError() {
		Cli.Run run = Cli.run().assertExit(ExitCode.BAD_INPUT);
		assertEquals("", run.out());
		assertEquals(Cli.run("--help").out(), run.err(), "the overview, on stderr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "format", "render", "report", "export-xmi", "import-xmi", "diff", "lsp", "export-safety-case" })
	void everyCommandHasHelpThreeWays(String command) {
		Cli.Run run = Cli.run(command, "--help").assertExit(ExitCode.OK);
		assertEquals("", run.err());
		assertTrue(run.out().startsWith("Usage: proposal-studio " + command + " [OPTIONS] "), run::toString);
		assertTrue(run.out().contains("-h, --help"), run::toString);
		assertEquals(run.out(), Cli.run(command, "-h").assertExit(ExitCode.OK).out(), "-h is --help");
		assertEquals(run.out(), Cli.run("help", command).assertExit(ExitCode.OK).out(), "'help COMMAND' is 'COMMAND --help'");
	}

	@Test
	void helpValidateDescribesTheOutputAndItsOptions() {
		Cli.Run run = Cli.run("help", "validate").assertExit(ExitCode.OK);
		assertEquals("", run.err());
		assertEquals("Usage: proposal-studio validate [OPTIONS] FILES|DIRS...", run.outLines().get(0));
		assertTrue(run.out().contains("'file:line:column: severity: [check-id] message'"), run::toString);
		assertTrue(run.out().contains("proposals.properties"), run::toString);
		assertTrue(run.outLines().stream().anyMatch(line -> line.matches("  --format FORMAT +text \\(default\\), json for tools, or sarif.*")),
				run::toString);
	}

	@Test
	void helpWithAnOptionIsStillHelpAndReadsNoFile() {
		Cli.Run run = Cli.run("validate", "/no/such/file.proposal", "--help").assertExit(ExitCode.OK);
		assertEquals("", run.err());
		assertTrue(run.out().startsWith("Usage: proposal-studio validate"), run::toString);
	}

	@Test
	void anUnknownCommandIsNamedWithTheCommandsThereAre() {
		Cli.Run run = Cli.run("valdiate", "examples").assertUsageError(HINT, "unknown command 'valdiate'");
		assertTrue(run.errLines().get(0).endsWith("commands: " + String.join(", ", COMMANDS)), run::toString);
	}

	@Test
	void helpForAnUnknownCommandIsAUsageError() {
		Cli.run("help", "valdiate").assertUsageError(HINT, "unknown command 'valdiate'");
	}

	@Test
	void helpForTwoCommandsIsAUsageError() {
		Cli.run("help", "validate", "format").assertUsageError(HINT, "name one command", "validate format");
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "format", "render", "report", "export-xmi", "import-xmi", "diff", "export-safety-case" })
	void anUnknownOptionIsNamedWithAHintToTheCommandsHelp(String command) {
		Cli.run(command, "--frmat", "json", "x.proposal").assertUsageError("Try 'proposal-studio " + command + " --help'.",
				"proposal-studio " + command + ":", "unknown option '--frmat'");
	}

	@Test
	void anUnknownShortOptionIsNamed() {
		Cli.run("validate", "-q", "x.proposal").assertUsageError("Try 'proposal-studio validate --help'.", "unknown option '-q'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "format" })
	void aCommandOnFilesNeedsAtLeastOne(String command) {
		Cli.run(command).assertUsageError("Try 'proposal-studio " + command + " --help'.",
				"name at least one .proposal file or directory");
	}

	@Test
	void exportNeedsExactlyOneFile() {
		String hint = "Try 'proposal-studio export-xmi --help'.";
		Cli.run("export-xmi").assertUsageError(hint, "name exactly one .proposal file to export");
		Cli.run("export-xmi", "a.proposal", "b.proposal").assertUsageError(hint, "name exactly one .proposal file to export");
	}

	@Test
	void importNeedsExactlyOneFile() {
		Cli.run("import-xmi").assertUsageError("Try 'proposal-studio import-xmi --help'.", "name exactly one .xmi file to import");
	}

	@Test
	void anOptionWithoutItsValueIsNamed() {
		Cli.run("validate", "--format").assertUsageError("Try 'proposal-studio validate --help'.",
				"option --format needs a value (FORMAT)");
		Cli.run("export-xmi", "x.proposal", "--out").assertUsageError("Try 'proposal-studio export-xmi --help'.",
				"option --out needs a value (FILE.xmi)");
	}

	@Test
	void aFlagWithAValueIsNamed() {
		Cli.run("format", "--check=yes", "x.proposal").assertUsageError("Try 'proposal-studio format --help'.",
				"option --check takes no value");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--format=xml", "--format=JSON", "--format=" })
	void aBadFormatIsNamedWithTheFormatsThereAre(String option) {
		String value = option.substring("--format=".length());
		Cli.run("validate", option, "x.proposal").assertUsageError("Try 'proposal-studio validate --help'.",
				"--format must be one of text, json, sarif, not '" + value + "'");
	}

	@Test
	void aBadFormatIsReportedBeforeAnyFileIsRead() {
		Cli.run("validate", "--format", "xml", "/no/such/file.proposal").assertUsageError(
				"Try 'proposal-studio validate --help'.", "--format must be one of text, json, sarif, not 'xml'");
	}

	@Test
	void importWritesOnlyProposalFiles() {
		Cli.run("import-xmi", "x.xmi", "--out", "x.txt").assertUsageError("Try 'proposal-studio import-xmi --help'.",
				"the output must be a .proposal file, not 'x.txt'");
	}
}
