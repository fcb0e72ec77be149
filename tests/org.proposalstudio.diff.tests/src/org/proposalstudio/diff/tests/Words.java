package org.proposalstudio.diff.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.proposalstudio.diff.WordDiff;

/** Word diffs written as {@code git diff --word-diff=plain} writes them, to compare in one string. */
final class Words {

	private Words() {
	}

	static String plain(List<WordDiff.Piece> pieces) {
		StringBuilder plain = new StringBuilder();
		for (int i = 0; i < pieces.size(); i++) {
			WordDiff.Piece piece = pieces.get(i);
			plain.append(WordDiff.spaceBefore(pieces, i) ? " " : "").append(switch (piece.part()) {
			case SAME -> piece.text();
			case REMOVED -> "[-" + piece.text() + "-]";
			case ADDED -> "{+" + piece.text() + "+}";
			});
		}
		return plain.toString();
	}

	/** The text of one side: what both share and what only that side has. */
	static String side(List<WordDiff.Piece> pieces, WordDiff.Part only) {
		return pieces.stream().filter(piece -> piece.part() == WordDiff.Part.SAME || piece.part() == only).map(WordDiff.Piece::text)
				.collect(Collectors.joining(" "));
	}
}
