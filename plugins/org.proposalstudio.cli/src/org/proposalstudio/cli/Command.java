package org.proposalstudio.cli;

import java.util.List;

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
}
