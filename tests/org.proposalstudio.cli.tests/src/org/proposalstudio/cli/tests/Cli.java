package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.cli.ProposalStudioCli;

/** Runs the command line in this JVM, as {@code Main} does but with its output captured. */
final class Cli {

	private Cli() {
	}

	/** What one run of the command line did. */
	record Run(List<String> arguments, int exitCode, String out, String err) {

		List<String> outLines() {
			return out.lines().toList();
		}

		List<String> errLines() {
			return err.lines().toList();
		}

		/** The last line of the output, e.g. validate's summary. */
		String lastLine() {
			List<String> lines = outLines();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}

		@Override
		public String toString() {
			return "proposal-studio " + String.join(" ", arguments) + "\nexit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}

		/** Exit status {@code expected}; the whole run in the message when it is not. */
		Run assertExit(int expected) {
			assertEquals(expected, exitCode, () -> "unexpected exit status of\n" + this);
			return this;
		}

		/** The user sees messages, not a Java failure. */
		Run assertNoStackTrace() {
			assertFalse(err.contains("Exception"), () -> "an exception's name on stderr:\n" + this);
			assertFalse(err.contains("\tat "), () -> "a stack trace on stderr:\n" + this);
			return this;
		}

		/**
		 * Bad usage: exit 2, nothing on stdout, and on stderr one line naming the problem (it contains every one of
		 * {@code named}) followed by one line pointing to the help.
		 */
		Run assertUsageError(String hint, String... named) {
			assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
			assertEquals("", out, () -> "usage errors print nothing on stdout:\n" + this);
			List<String> lines = errLines();
			assertEquals(2, lines.size(), () -> "a usage error is one line and a hint:\n" + this);
			assertTrue(lines.get(0).startsWith("proposal-studio"), () -> "the problem line names the program:\n" + this);
			for (String name : named) {
				assertTrue(lines.get(0).contains(name), () -> "the problem line does not name " + name + ":\n" + this);
			}
			assertEquals(hint, lines.get(1), () -> "the hint:\n" + this);
			return this;
		}

		/** Unreadable input: exit 2, nothing on stdout, exactly {@code problems} on stderr, one line each. */
		Run assertInputProblems(String... problems) {
			assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
			assertEquals("", out, () -> "unreadable input prints nothing on stdout:\n" + this);
			assertEquals(Arrays.asList(problems), errLines(), () -> "the problems reported:\n" + this);
			return this;
		}
	}

	static Run run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exitCode = new ProposalStudioCli(outStream, errStream).run(arguments);
		}
		return new Run(List.of(arguments), exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
