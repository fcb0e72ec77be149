package org.proposalstudio.cli;

import java.util.List;

/**
 * Input that cannot be read: each problem is one line naming the file, and the line and column where that applies.
 */
final class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	InputException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	InputException(String problem) {
		this(List.of(problem));
	}

	List<String> problems() {
		return problems;
	}
}
