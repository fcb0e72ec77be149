package org.proposalstudio.fuzzing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One input through the commands, and the verdict on what they did. A proposal file is validated, formatted (which
 * must not change what the checks say, and must be stable), exported to XMI and imported back (which must not change
 * what the checks say either), and, when asked, drawn (its figures, and its safety case, which is also exported in
 * every format) and reported on. An XMI file is imported, and what it imports to is validated. Every line a command prints must be one of the lines the command line
 * promises: a located diagnostic, or one of a few summary lines.
 */
public final class Trial {

	/** The kind of an input, by the command that reads it. */
	public enum Kind {
		PROPOSAL(".proposal"), XMI(".xmi");

		final String extension;

		Kind(String extension) {
			this.extension = extension;
		}

		public static Kind of(Path file) {
			return file.toString().endsWith(XMI.extension) ? XMI : PROPOSAL;
		}
	}

	/** What one input did: the verdict, the command that earned it, and the evidence. */
	public record Outcome(Verdict verdict, String command, String evidence) {

		static final Outcome KEPT = new Outcome(Verdict.KEPT_ITS_PROMISES, "", "");
	}

	/** What to run beyond validating, formatting and the XMI round trip, which every input gets. */
	public record Depth(boolean render, boolean report) {

		public static final Depth ALL = new Depth(true, true);
	}

	/** A diagnostic line: {@code file:line:column: severity: [check] message}. */
	private static final String FINDING = ":\\d+:\\d+: (error|warning|info): \\[[a-z-]+\\] .*";
	private static final Pattern SUMMARY = Pattern.compile("\\d+ files? checked: .*");
	private static final Pattern PROGRESS = Pattern.compile("\\[\\d+/\\d+\\] .*");
	private static final Pattern STACK_TRACE = Pattern.compile("(^\\s+at [\\w$.]+\\(|Caused [Bb]y:|Exception in thread)");

	private final Commands commands;
	private final Path scratch;

	public Trial(Commands commands, Path scratch) {
		this.commands = commands;
		this.scratch = scratch;
	}

	public Outcome run(byte[] input, Kind kind, Depth depth) {
		clean();
		return kind == Kind.XMI ? importXmi(input) : proposal(input, depth);
	}

	private Outcome proposal(byte[] input, Depth depth) {
		Path file = write("in/input.proposal", input);
		Commands.Run validate = commands.run("validate", file.toString());
		Outcome outcome = judge(validate, file, true);
		if (outcome.verdict().isFailure()) {
			return outcome;
		}
		List<String> findings = findings(validate, file);
		boolean parses = findings.stream().noneMatch(finding -> finding.contains("[syntax]"));
		boolean links = findings.stream().noneMatch(finding -> finding.contains("[linking]"));
		outcome = formatRoundTrip(input, parses, findings);
		if (outcome.verdict().isFailure()) {
			return outcome;
		}
		if (parses && links) {
			outcome = xmiRoundTrip(file, findings);
			if (outcome.verdict().isFailure()) {
				return outcome;
			}
		}
		if (depth.render()) {
			// the figures, then the safety case drawn and written in every format
			for (String[] command : new String[][] { { "render" }, { "render", "--safety-case" },
					{ "export-safety-case", "--format", "gsn2x,tea,sacm" } }) {
				List<String> arguments = new ArrayList<>(List.of(command));
				arguments.addAll(List.of(file.toString(), "--out", scratch.resolve(command[command.length - 1].replace("-", "")).toString()));
				outcome = judge(commands.run(arguments.toArray(String[]::new)), file, false);
				if (outcome.verdict().isFailure()) {
					return outcome;
				}
			}
		}
		if (depth.report()) {
			return judge(commands.run("report", file.toString(), "--out", scratch.resolve("report").toString()), file, false);
		}
		return Outcome.KEPT;
	}

	/**
	 * Formatting keeps what the checks say, and formatting again changes nothing; a text it cannot lay out is left as it
	 * is, with the reason.
	 */
	private Outcome formatRoundTrip(byte[] input, boolean parses, List<String> findings) {
		Path copy = write("format/input.proposal", input);
		Commands.Run format = commands.run("format", copy.toString());
		Outcome outcome = judge(format, copy, false);
		if (outcome.verdict().isFailure() || format.exitCode() != 0 || !parses || format.outLines().isEmpty()) {
			return outcome;
		}
		Commands.Run again = commands.run("validate", copy.toString());
		if (!findings(again, copy).equals(findings)) {
			return new Outcome(Verdict.ROUND_TRIP, "format", "the formatted file gets other diagnostics:\n" + again);
		}
		Commands.Run stable = commands.run("format", "--check", copy.toString());
		if (stable.exitCode() != 0) {
			return new Outcome(Verdict.ROUND_TRIP, "format", "formatting a formatted file changes it:\n" + stable);
		}
		return Outcome.KEPT;
	}

	/** An exported model imports again, and what it imports to gets the same diagnostics. */
	private Outcome xmiRoundTrip(Path file, List<String> findings) {
		Path xmi = scratch.resolve("xmi/input.xmi");
		Commands.Run export = commands.run("export-xmi", file.toString(), "--out", xmi.toString());
		Outcome outcome = judge(export, file, false);
		if (outcome.verdict().isFailure() || export.exitCode() != 0) {
			return outcome;
		}
		Path back = scratch.resolve("back/input.proposal");
		Commands.Run imported = commands.run("import-xmi", xmi.toString(), "--out", back.toString(), "--force");
		if (imported.exitCode() != 0) {
			outcome = judge(imported, xmi, false);
			return outcome.verdict().isFailure() ? outcome
					: new Outcome(Verdict.ROUND_TRIP, "import-xmi", "an exported model does not import:\n" + imported);
		}
		Commands.Run again = commands.run("validate", back.toString());
		if (!findings(again, back).equals(findings)) {
			return new Outcome(Verdict.ROUND_TRIP, "import-xmi", "the imported file gets other diagnostics:\n" + again);
		}
		return Outcome.KEPT;
	}

	private Outcome importXmi(byte[] input) {
		Path xmi = write("xmi/input.xmi", input);
		Path back = scratch.resolve("back/input.proposal");
		Commands.Run imported = commands.run("import-xmi", xmi.toString(), "--out", back.toString(), "--force");
		Outcome outcome = judge(imported, xmi, false);
		if (outcome.verdict().isFailure() || imported.exitCode() != 0) {
			return outcome;
		}
		return judge(commands.run("validate", back.toString()), back, true);
	}

	/**
	 * The verdict on one command: its exit status, and every line it printed, each of which must be a line the command
	 * line promises.
	 */
	private static Outcome judge(Commands.Run run, Path input, boolean validate) {
		String command = run.arguments().get(0);
		if (run.uncaught() != null) {
			return new Outcome(run.uncaught() instanceof OutOfMemoryError ? Verdict.OUT_OF_MEMORY : Verdict.UNCAUGHT_EXCEPTION, command,
					run.toString());
		}
		if (STACK_TRACE.matcher(run.out()).find() || STACK_TRACE.matcher(run.err()).find()) {
			return new Outcome(Verdict.STACK_TRACE, command, run.toString());
		}
		if (run.exitCode() == 3) {
			return new Outcome(run.err().contains("ran out of memory") ? Verdict.OUT_OF_MEMORY : Verdict.INTERNAL_ERROR, command,
					run.toString());
		}
		List<String> lines = new ArrayList<>(run.errLines());
		if (validate) {
			lines.addAll(run.outLines());
		}
		String path = Pattern.quote(input.toString());
		for (String line : lines) {
			if (line.matches(path + FINDING) || SUMMARY.matcher(line).matches() || PROGRESS.matcher(line).matches()) {
				continue;
			}
			if (line.matches(path + ": (not formatted, because .*|nothing imported)")
					|| line.equals("proposal-studio export-xmi: " + input + " has errors; nothing exported")
					|| line.equals("proposal-studio export-safety-case: " + input + " has errors; its proposals are not exported")) {
				continue;
			}
			if (line.matches(path + ": the model cannot be written as proposal text without changing it; nothing imported")) {
				return new Outcome(Verdict.ROUND_TRIP, command, run.toString());
			}
			if (line.matches(path + ":\\d+:\\d+: .+")) {
				continue;
			}
			boolean aboutTheInput = line.startsWith(input.toString()) || line.startsWith("proposal-studio");
			return new Outcome(aboutTheInput ? Verdict.NO_POSITION : Verdict.MULTI_LINE, command, "this line:\n" + line + "\nin\n" + run);
		}
		return Outcome.KEPT;
	}

	/** The diagnostics of a validation, without the file they are in and in their order, to compare two files by. */
	private static List<String> findings(Commands.Run validate, Path file) {
		String prefix = file.toString() + ":";
		return validate.outLines().stream().filter(line -> line.startsWith(prefix))
				.map(line -> line.substring(prefix.length()).replaceFirst("^\\d+:\\d+: ", "")).sorted().toList();
	}

	private Path write(String relative, byte[] content) {
		Path file = scratch.resolve(relative);
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, content);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each input starts in an empty scratch folder, so that nothing of the one before is loaded with it. */
	private void clean() {
		if (!Files.exists(scratch)) {
			return;
		}
		try (Stream<Path> files = Files.walk(scratch)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(scratch)) {
					Files.delete(path);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
