package org.proposalstudio.diff.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.proposalstudio.diff.WordDiff;

/** Word diffs: old words before new ones, a changed stretch in one piece, and each side recoverable from the pieces. */
class WordDiffTest {

	@Test
	void aReplacedWordIsRemovedThenAdded() {
		assertEquals("outer alignment is [-uncertain-]{+promising+}", Words.plain(WordDiff.of("outer alignment is uncertain",
				"outer alignment is promising")));
	}

	@Test
	void aChangedStretchIsOnePieceEachSide() {
		assertEquals("Imitative amplification + [-intermittent oversight-]{+relaxed adversarial training+}",
				Words.plain(WordDiff.of("Imitative amplification + intermittent oversight", "Imitative amplification + relaxed adversarial training")));
	}

	@Test
	void wordsAddedOrRemovedAlone() {
		assertEquals("catch deception {+early+}", Words.plain(WordDiff.of("catch deception", "catch deception early")));
		assertEquals("[-often-] enough", Words.plain(WordDiff.of("often enough", "enough")));
	}

	@Test
	void spacingAndLineBreaksAreNoChange() {
		assertFalse(WordDiff.changes(WordDiff.of("converges to HCH", "  converges\n\t to   HCH ")));
		assertTrue(WordDiff.changes(WordDiff.of("converges to HCH", "converges to HCH.")));
	}

	@Test
	void eachSideIsWhatTheSameAndItsOwnPiecesSay() {
		String older = "The plan is to find and fix serious inner alignment failures by having a human inspect the model.";
		String newer = "Intermittent oversight has to catch deception after a stretch of training in which the model may be deceptive.";
		var pieces = WordDiff.of(older, newer);
		assertEquals(older, Words.side(pieces, WordDiff.Part.REMOVED));
		assertEquals(newer, Words.side(pieces, WordDiff.Part.ADDED));
	}

	@Test
	void textsTooLongForTheTableAreReplacedWhole() {
		String older = "a ".repeat(2100).strip();
		String newer = "b ".repeat(2100).strip();
		var pieces = WordDiff.of(older, newer);
		assertEquals(2, pieces.size());
		assertEquals(older, pieces.get(0).text());
		assertEquals(newer, pieces.get(1).text());
	}
}
