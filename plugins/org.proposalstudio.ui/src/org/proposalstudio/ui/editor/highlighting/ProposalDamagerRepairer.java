package org.proposalstudio.ui.editor.highlighting;

import java.util.Arrays;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Repaints what a change restyles: from the changed line to where the language's tokens are the ones from before the
 * change again. Opening a comment or a string changes how everything after it reads, and then that is the end of the
 * text; a word typed, or a word styled anew by the semantic highlighting, repaints its line, however long the file.
 */
public final class ProposalDamagerRepairer extends DefaultDamagerRepairer {

	private final ProposalTokenScanner scanner;
	/** The text as of the last change, and where its tokens start, in order; {@code null} before any text. */
	private String text;
	private int[] tokenStarts;

	public ProposalDamagerRepairer(ProposalTokenScanner scanner) {
		super(scanner);
		this.scanner = scanner;
	}

	@Override
	public void setDocument(IDocument document) {
		super.setDocument(document);
		remember(document == null ? null : document.get());
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		IRegion lines = super.getDamageRegion(partition, event, documentPartitioningChanged);
		String before = text;
		int[] startsBefore = tokenStarts;
		remember(event.getDocument().get());
		int end = partition.getOffset() + partition.getLength();
		int inserted = event.getText() == null ? 0 : event.getText().length();
		if (before != null && onlyChangedBy(event, before, text)) {
			// the lexer starts afresh at each token: where the old and the new text start a token at the same place
			// after the change, the rest of the text is cut as before
			int shift = inserted - event.getLength();
			int changeEnd = event.getOffset() + inserted;
			int first = Arrays.binarySearch(tokenStarts, changeEnd);
			for (int i = first >= 0 ? first : -first - 1; i < tokenStarts.length; i++) {
				if (Arrays.binarySearch(startsBefore, tokenStarts[i] - shift) >= 0) {
					end = tokenStarts[i];
					break;
				}
			}
		}
		int linesEnd = lines.getOffset() + lines.getLength();
		return new Region(lines.getOffset(), Math.max(end, linesEnd) - lines.getOffset());
	}

	private void remember(String current) {
		text = current;
		tokenStarts = current == null ? null : scanner.tokensOf(current).stream().mapToInt(token -> token.offset()).toArray();
	}

	/** Whether {@code after} is {@code before} with the event's change and no other, so that their tokens compare. */
	private static boolean onlyChangedBy(DocumentEvent event, String before, String after) {
		int inserted = event.getText() == null ? 0 : event.getText().length();
		int kept = before.length() - event.getOffset() - event.getLength();
		return kept >= 0 && after.length() == event.getOffset() + inserted + kept && after.regionMatches(0, before, 0, event.getOffset())
				&& after.regionMatches(event.getOffset() + inserted, before, event.getOffset() + event.getLength(), kept);
	}
}
