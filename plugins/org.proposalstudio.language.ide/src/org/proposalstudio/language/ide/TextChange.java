package org.proposalstudio.language.ide;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;

/**
 * A replacement of {@code length} characters at {@code offset} by {@code text}: a language service's LSP edit in the
 * offsets an editor works with.
 */
public record TextChange(int offset, int length, String text) {

	/** The edits as changes of {@code document}, last first, so that each applies without moving the others. */
	public static List<TextChange> of(Document document, List<? extends TextEdit> edits) {
		return edits.stream().map(edit -> {
			ITextRegion region = document.getTextRegion(edit.getRange());
			return new TextChange(region.getOffset(), region.getLength(), edit.getNewText());
		}).sorted(Comparator.comparingInt(TextChange::offset).reversed()).toList();
	}

	/** {@code text} with the changes made, given last first as {@link #of} gives them. */
	public static String apply(String text, List<TextChange> changes) {
		StringBuilder result = new StringBuilder(text);
		for (TextChange change : changes) {
			result.replace(change.offset(), change.offset() + change.length(), change.text());
		}
		return result.toString();
	}
}
