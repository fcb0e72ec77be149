package org.proposalstudio.cli;

import java.util.List;

import org.proposalstudio.model.io.Messages;

/**
 * Input that cannot be read: each problem is one line naming the file, and the line and column where that applies. A
 * line break or control character in a file name is escaped, so that a problem stays one line.
 */
final class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	InputException(List<String> problems) {
		this.problems = problems.stream().map(Messages::oneLine).toList();
	}

	InputException(String problem) {
		this(List.of(problem));
	}

	List<String> problems() {
		return problems;
	}

	@Override
	public String getMessage() {
		return String.join("\n", problems);
	}
}
