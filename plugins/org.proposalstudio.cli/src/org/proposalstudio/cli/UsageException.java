package org.proposalstudio.cli;

import org.proposalstudio.model.io.Messages;

/** The command line was used wrongly: an unknown option, a missing argument. Reported with a hint to --help. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(Messages.oneLine(message));
	}
}
