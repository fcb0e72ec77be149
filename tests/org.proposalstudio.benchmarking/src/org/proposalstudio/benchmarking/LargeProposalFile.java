package org.proposalstudio.benchmarking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A realistic large proposal file: the paper's eleven proposals of {@code examples/}, one file after the other, over
 * and over until the text has the lines asked for. Each copy renames the proposals with its number
 * ({@code RecursiveRewardModeling2}), so that the names stay unique and {@code extends} stays within the copy; the
 * text has no errors, and the checks find in every copy the warnings the paper raises.
 */
public final class LargeProposalFile {

	private static final Pattern PROPOSAL = Pattern.compile("^proposal (\\w+)", Pattern.MULTILINE);

	private LargeProposalFile() {
	}

	/**
	 * Whole example files of the folder (the repository's {@code examples/}), in the order of their sections, until
	 * the text has at least {@code lines} lines.
	 */
	public static String withAtLeast(Path examplesFolder, int lines) {
		List<String> examples = faithful(examplesFolder).stream().map(LargeProposalFile::read).toList();
		Pattern names = Pattern.compile(examples.stream().flatMap(example -> PROPOSAL.matcher(example).results().map(found -> found.group(1)))
				.map(Pattern::quote).collect(Collectors.joining("|", "\\b(?:", ")\\b")));
		StringBuilder text = new StringBuilder();
		// counted as it grows: counting the whole text again after each example made a 100,000-line file quadratic
		int written = 0;
		for (int copy = 1; written < lines; copy++) {
			int number = copy;
			for (int example = 0; example < examples.size() && written < lines; example++) {
				String renamed = names.matcher(examples.get(example)).replaceAll(found -> renamed(found.group(), number)) + '\n';
				text.append(renamed);
				written += lineCount(renamed);
			}
		}
		return text.toString();
	}

	/** The name the proposal {@code name} of the examples has in copy {@code copy}. */
	public static String renamed(String name, int copy) {
		return name + copy;
	}

	public static int lineCount(CharSequence text) {
		return (int) text.chars().filter(character -> character == '\n').count();
	}

	/** The paper's proposals: the {@code .proposal} files of the folder itself, not of its subfolders. */
	private static List<Path> faithful(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".proposal")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
