package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.TextPositions;

/** Offsets of LSP positions through a table of line starts: the same as Xtext's Document finds by walking the text. */
class TextPositionsTest {

	private static final String TEXT = "proposal P {\n\thuman H\r\n\n\tmodel M\n}";

	@Test
	void everyPositionHasTheOffsetXtextsDocumentGivesIt() {
		TextPositions positions = new TextPositions(TEXT);
		Document document = new Document(0, TEXT);
		for (int offset = 0; offset <= TEXT.length(); offset++) {
			Position position = document.getPosition(offset);
			assertEquals(offset, positions.offsetOf(position), position.toString());
			assertEquals(document.getOffSet(position), positions.offsetOf(position), position.toString());
		}
	}

	@Test
	void everyOffsetHasThePositionXtextsDocumentGivesIt() {
		TextPositions positions = new TextPositions(TEXT);
		Document document = new Document(0, TEXT);
		for (int offset = 0; offset <= TEXT.length(); offset++) {
			assertEquals(document.getPosition(offset), positions.positionOf(offset), "offset " + offset);
		}
		assertThrows(IndexOutOfBoundsException.class, () -> positions.positionOf(TEXT.length() + 1));
	}

	@Test
	void aRangeIsARegionFromItsStartToItsEnd() {
		Range human = new Range(new Position(1, 1), new Position(1, 8));
		assertEquals(TEXT.indexOf("human H"), new TextPositions(TEXT).regionOf(human).getOffset());
		assertEquals("human H".length(), new TextPositions(TEXT).regionOf(human).getLength());
	}

	@Test
	void aPositionOutsideTheTextIsAnError() {
		TextPositions positions = new TextPositions(TEXT);
		assertThrows(IndexOutOfBoundsException.class, () -> positions.offsetOf(new Position(5, 0)));
		assertThrows(IndexOutOfBoundsException.class, () -> positions.offsetOf(new Position(0, 13)));
	}
}
