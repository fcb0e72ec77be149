package org.proposalstudio.ui.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.proposalstudio.testing.Examples;

/**
 * A realistic large proposal file: the paper's eleven proposals of {@code examples/}, one file after the other, over
 * and over until the text has the lines asked for. Each copy renames the proposals with its number
 * ({@code RecursiveRewardModeling2}), so that the names stay unique and {@code extends} stays within the copy; the
 * text has no errors, and the checks find in every copy the warnings the paper raises.
 */
final class LargeProposalFile {

	private static final Pattern PROPOSAL = Pattern.compile("^proposal (\\w+)", Pattern.MULTILINE);

	private LargeProposalFile() {
	}

	/** Whole example files, in the order of their sections, until the text has at least {@code lines} lines. */
	static String withAtLeast(int lines) {
		List<String> examples = Examples.faithful().stream().map(LargeProposalFile::read).toList();
		Pattern names = Pattern.compile(examples.stream().flatMap(example -> PROPOSAL.matcher(example).results().map(found -> found.group(1)))
				.map(Pattern::quote).collect(Collectors.joining("|", "\\b(?:", ")\\b")));
		StringBuilder text = new StringBuilder();
		for (int copy = 1; lineCount(text) < lines; copy++) {
			int number = copy;
			for (int example = 0; example < examples.size() && lineCount(text) < lines; example++) {
				text.append(names.matcher(examples.get(example)).replaceAll(found -> renamed(found.group(), number))).append('\n');
			}
		}
		return text.toString();
	}

	/** The name the proposal {@code name} of the examples has in copy {@code copy}. */
	static String renamed(String name, int copy) {
		return name + copy;
	}

	static int lineCount(CharSequence text) {
		return (int) text.chars().filter(character -> character == '\n').count();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
