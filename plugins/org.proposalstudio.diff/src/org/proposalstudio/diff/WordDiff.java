package org.proposalstudio.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A word diff of two texts: the runs of words both share, and those only one has, in order, from a longest common
 * subsequence of words. Whitespace only separates words, so re-wrapping a text changes nothing; a writer puts one space
 * between pieces ({@link #spaceBefore}).
 */
public final class WordDiff {

	/** Above this many word pairs the texts are shown as replaced whole: a quadratic table that large costs too much. */
	static final long MAX_CELLS = 4_000_000;

	/** A run of words, in both texts, or only in the old or the new one. */
	public record Piece(Part part, String text) {
	}

	public enum Part {
		SAME, REMOVED, ADDED
	}

	private WordDiff() {
	}

	public static List<Piece> of(String older, String newer) {
		List<String> a = words(older);
		List<String> b = words(newer);
		List<Piece> pieces = new ArrayList<>();
		if ((long) a.size() * b.size() > MAX_CELLS) {
			add(pieces, Part.REMOVED, new ArrayList<>(a));
			add(pieces, Part.ADDED, new ArrayList<>(b));
			return pieces;
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		// a stretch of changes becomes one removed and one added piece, the old words first, as a reader compares them
		List<String> same = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(pieces, Part.REMOVED, removed);
				add(pieces, Part.ADDED, added);
				same.add(a.get(i++));
				j++;
			} else {
				add(pieces, Part.SAME, same);
				if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
					removed.add(a.get(i++));
				} else {
					added.add(b.get(j++));
				}
			}
		}
		add(pieces, Part.SAME, same);
		add(pieces, Part.REMOVED, removed);
		add(pieces, Part.ADDED, added);
		return pieces;
	}

	/** Whether the pieces show any change. */
	public static boolean changes(List<Piece> pieces) {
		return pieces.stream().anyMatch(piece -> piece.part() != Part.SAME);
	}

	/**
	 * Whether a writer puts a space before the piece at {@code index}: between any two pieces, except between the words
	 * removed and the words added in their place, which stand side by side as {@code [-old-]{+new+}}.
	 */
	public static boolean spaceBefore(List<Piece> pieces, int index) {
		return index > 0 && !(pieces.get(index - 1).part() == Part.REMOVED && pieces.get(index).part() == Part.ADDED);
	}

	private static List<String> words(String text) {
		String stripped = text == null ? "" : text.strip();
		return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
	}

	/** Adds the words as a piece, if there are any, and forgets them. */
	private static void add(List<Piece> pieces, Part part, List<String> words) {
		if (!words.isEmpty()) {
			pieces.add(new Piece(part, String.join(" ", words)));
			words.clear();
		}
	}
}
