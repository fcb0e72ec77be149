package org.proposalstudio.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Content assist opens by itself where the grammar expects a name after a keyword (after {@code trains },
 * {@code oversees }, {@code relies on }, a comma in a list of names ...), the language having no '.' to trigger it.
 */
final class ReferenceAutoActivation implements IDocumentListener {

	private final ISourceViewer viewer;
	private final Set<String> keywords;

	private ReferenceAutoActivation(ISourceViewer viewer, Set<String> keywords) {
		this.viewer = viewer;
		this.keywords = keywords;
	}

	static void install(ProposalEditor editor, ISourceViewer viewer) {
		Set<String> keywords = LanguageServices.guarded("Reading the keywords before names",
				() -> editor.services().syntax().keywordsBeforeReferences(), Set.of());
		if (!keywords.isEmpty() && viewer.getDocument() != null) {
			viewer.getDocument().addDocumentListener(new ReferenceAutoActivation(viewer, keywords));
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// what was typed is known only once it is in
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		if (!" ".equals(event.getText()) || event.getLength() != 0) {
			return;
		}
		if (keywords.contains(wordBefore(event.getDocument(), event.getOffset()))) {
			Display.getCurrent().asyncExec(() -> {
				ITextOperationTarget target = viewer.getTextOperationTarget();
				if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
						&& target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)) {
					target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
				}
			});
		}
	}

	private static String wordBefore(IDocument document, int end) {
		try {
			int start = end;
			while (start > 0 && !Character.isWhitespace(document.getChar(start - 1))) {
				start--;
			}
			String word = document.get(start, end - start);
			// "M," ends a name and starts the next one of a list
			return word.endsWith(",") ? "," : word;
		} catch (BadLocationException e) {
			return "";
		}
	}
}
