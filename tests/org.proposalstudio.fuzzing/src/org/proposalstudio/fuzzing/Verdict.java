package org.proposalstudio.fuzzing;

/** What the command line did with an input, judged against the promises of docs/command-line.md. */
public enum Verdict {

	/** Every command answered as promised: exit 0, 1 or 2, one located line per problem. */
	KEPT_ITS_PROMISES("kept its promises"),
	/** An exception got out of the command line instead of being turned into a message. */
	UNCAUGHT_EXCEPTION("uncaught exception"),
	/** A command ended in exit 3, an internal error: a bug. */
	INTERNAL_ERROR("exit 3 (internal error)"),
	/** A command did not answer within the harness's time limit for one input. */
	TIMEOUT("timeout"),
	/** A command ran out of memory. */
	OUT_OF_MEMORY("out of memory"),
	/** A stack trace reached the user. */
	STACK_TRACE("stack trace"),
	/** A message about the input named no line and column. */
	NO_POSITION("a diagnostic without a position"),
	/** A message went on over several lines, which breaks the one-line format tools read. */
	MULTI_LINE("a multi-line message"),
	/** Formatting, or exporting to XMI and importing back, changed what the checks say of the input, or failed. */
	ROUND_TRIP("a round trip that changes meaning");

	private final String description;

	Verdict(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	public boolean isFailure() {
		return this != KEPT_ITS_PROMISES;
	}
}
