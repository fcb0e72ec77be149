package org.proposalstudio.language.ide;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * The offsets of LSP positions in one text, and back, looked up in a table of where its lines start. Xtext's {@link Document}
 * walks the text from its start for every position, so an outline of a long file, with a range per symbol, spends
 * most of its time there. Lines end at {@code \n}, as for {@link Document}.
 */
public final class TextPositions {

	private final int[] lineStarts;
	private final int length;

	public TextPositions(String text) {
		int[] starts = new int[16];
		int lines = 1;
		for (int offset = text.indexOf('\n'); offset >= 0; offset = text.indexOf('\n', offset + 1)) {
			if (lines == starts.length) {
				starts = Arrays.copyOf(starts, lines * 2);
			}
			starts[lines++] = offset + 1;
		}
		this.lineStarts = Arrays.copyOf(starts, lines);
		this.length = text.length();
	}

	/** The offset of a position; like {@link Document#getOffSet}, a position outside the text is an error. */
	public int offsetOf(Position position) {
		int line = position.getLine();
		if (line < 0 || line >= lineStarts.length) {
			throw new IndexOutOfBoundsException("line " + line + " of a text of " + lineStarts.length + " lines");
		}
		int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : length;
		int offset = lineStarts[line] + position.getCharacter();
		if (position.getCharacter() < 0 || offset > lineEnd) {
			throw new IndexOutOfBoundsException(position + " is not in the text");
		}
		return offset;
	}

	/** The position of an offset, from 0 to the text's length. */
	public Position positionOf(int offset) {
		if (offset < 0 || offset > length) {
			throw new IndexOutOfBoundsException("offset " + offset + " of a text of " + length + " characters");
		}
		int line = Arrays.binarySearch(lineStarts, offset);
		// not a line start: the line is the one before the insertion point
		int index = line >= 0 ? line : -line - 2;
		return new Position(index, offset - lineStarts[index]);
	}

	public ITextRegion regionOf(Range range) {
		int start = offsetOf(range.getStart());
		return new TextRegion(start, offsetOf(range.getEnd()) - start);
	}
}
