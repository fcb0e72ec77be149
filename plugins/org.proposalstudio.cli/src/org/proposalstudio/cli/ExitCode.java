package org.proposalstudio.cli;

/** What the command line's exit status means, so that scripts and CI can rely on it. */
public final class ExitCode {

	/** The command did its work and found no errors. */
	public static final int OK = 0;
	/** The input was read, and errors were found in it (or the output could not be produced from it). */
	public static final int ERRORS = 1;
	/** Bad usage, or input that could not be read: a missing path, an unreadable file, another encoding. */
	public static final int BAD_INPUT = 2;
	/** A bug in Proposal Studio itself. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
