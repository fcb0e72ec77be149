package org.proposalstudio.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;

/** Whether the selected lines are commented out, which decides what Toggle Comment does. */
final class LineComments {

	private LineComments() {
	}

	/** Every non-blank line of the selection starts, after its indentation, with the comment prefix; and there is one. */
	static boolean allCommented(IDocument document, ITextSelection selection, String prefix) {
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int end = selection.getOffset() + selection.getLength();
			int last = document.getLineOfOffset(end);
			if (last > first && document.getLineOffset(last) == end) {
				last--; // a selection of whole lines ends at the start of the next one
			}
			boolean any = false;
			for (int line = first; line <= last; line++) {
				IRegion region = document.getLineInformation(line);
				String text = document.get(region.getOffset(), region.getLength()).strip();
				if (!text.isEmpty()) {
					if (!text.startsWith(prefix)) {
						return false;
					}
					any = true;
				}
			}
			return any;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
