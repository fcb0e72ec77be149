package org.proposalstudio.fuzzing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.proposalstudio.cli.ProposalStudioCli;

/**
 * The command line in this JVM, as {@code Main} runs it but with its output captured. One instance keeps one
 * {@link ProposalStudioCli}, so that its injector is made once for all the inputs a worker tries.
 */
public final class Commands {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final ProposalStudioCli cli = new ProposalStudioCli(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));

	/** What one command did; {@code uncaught} is what escaped the command line, if anything did. */
	public record Run(List<String> arguments, int exitCode, String out, String err, Throwable uncaught) {

		List<String> outLines() {
			return out.lines().toList();
		}

		List<String> errLines() {
			return err.lines().toList();
		}

		@Override
		public String toString() {
			return "proposal-studio " + String.join(" ", arguments) + "\nexit " + exitCode + "\n--- out\n" + out + "--- err\n" + err
					+ (uncaught == null ? "" : "--- uncaught\n" + uncaught + "\n");
		}
	}

	public Run run(String... arguments) {
		out.reset();
		err.reset();
		int exitCode;
		Throwable uncaught = null;
		try {
			exitCode = cli.run(arguments);
		} catch (Throwable escaped) {
			exitCode = -1;
			uncaught = escaped;
		}
		return new Run(List.of(arguments), exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
				uncaught);
	}
}
