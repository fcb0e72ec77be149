package org.proposalstudio.cli;

import java.util.List;

/** A command of the command line, e.g. {@code validate}. */
interface Command {

	String name();

	/** One line for the overview of commands. */
	String summary();

	/** What the operands are, e.g. "FILES|DIRS...". */
	String operandSynopsis();

	/** What the command does, in a paragraph for its --help. */
	String description();

	List<Option> options();

	int run(CommandLine line, Console console) throws UsageException, InputException;
}
