package org.proposalstudio.cli;

import java.util.List;

import org.proposalstudio.model.io.Messages;

/** A command of the command line, e.g. {@code validate}: what it is called, how it is used, and what it does. */
abstract class Command {

	private final String name;
	private final String summary;
	private final String operandSynopsis;
	private final String description;
	private final List<Option> options;
	/** The proposal files commands read. */
	protected final ProposalFiles files;

	/**
	 * @param summary         one line for the overview of commands
	 * @param operandSynopsis what the operands are, e.g. "FILES|DIRS..."
	 * @param description     what the command does, in a paragraph for its --help
	 */
	protected Command(ProposalFiles files, String name, String summary, String operandSynopsis, String description,
			Option... options) {
		this.files = files;
		this.name = name;
		this.summary = summary;
		this.operandSynopsis = operandSynopsis;
		this.description = description;
		this.options = List.of(options);
	}

	String name() {
		return name;
	}

	String summary() {
		return summary;
	}

	String operandSynopsis() {
		return operandSynopsis;
	}

	String description() {
		return description;
	}

	List<Option> options() {
		return options;
	}

	abstract int run(CommandLine line, Console console) throws UsageException, InputException;

	/**
	 * Loads the files the operands name; those that cannot be read are reported on stderr, one line each, and the
	 * command goes on with the others ({@link ProposalFiles.Loaded#exitCode} makes the run end in bad input).
	 *
	 * @throws InputException when none can be read
	 */
	protected ProposalFiles.Loaded load(List<String> operands, Console console) throws InputException {
		ProposalFiles.Loaded loaded = files.load(operands);
		loaded.unreadable().forEach(console.err()::println);
		return loaded;
	}

	/**
	 * A failure that is a bug in Proposal Studio, on one line: what it was and a plea to report it. A command that
	 * meets one on a file reports it there and goes on with the other files; the run then ends in
	 * {@link ExitCode#INTERNAL_ERROR}.
	 */
	static String internalError(Throwable failure) {
		String what = failure instanceof OutOfMemoryError ? "ran out of memory" : failure.toString();
		return Messages.oneLine("internal error: " + what + " (please report it with the input that caused it)");
	}
}
