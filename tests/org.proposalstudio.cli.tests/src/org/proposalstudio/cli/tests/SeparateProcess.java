package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program in a process of its own, as a user would, and keeps what it printed. */
final class SeparateProcess {

	private SeparateProcess() {
	}

	/** What one run did. */
	record Result(List<String> command, int exitCode, String out, String err) {

		List<String> outLines() {
			return out.lines().toList();
		}

		@Override
		public String toString() {
			return String.join(" ", command) + "\nexit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	/**
	 * Runs {@code command} in {@code directory} with the environment of this JVM, less what could add to or change a
	 * JVM's start (CLASSPATH, JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS), plus {@code environment}; its standard input is
	 * empty, and its output goes to files in {@code scratch}.
	 */
	static Result run(List<String> command, Path directory, Map<String, String> environment, Path scratch)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile(scratch, "out", ".txt");
		Path err = Files.createTempFile(scratch, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile());
		builder.environment().remove("CLASSPATH");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("did not finish within 2 minutes: " + String.join(" ", command));
		}
		return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}
}
