package org.proposalstudio.ui.editor.highlighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.util.CancelIndicator;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * Semantic highlighting: after each reconcile the language's semantic highlighting calculator says which words are
 * names and of what kind, and their styles are laid over the lexical ones in every presentation of the text. The
 * positions live in the document, so they follow typing until the next reconcile replaces them.
 */
public final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.proposalstudio.ui.semanticHighlighting";

	private static final class Highlight extends Position {
		private final TextAttribute attribute;

		Highlight(int offset, int length, TextAttribute attribute) {
			super(offset, length);
			this.attribute = attribute;
		}
	}

	private record Computed(int offset, int length, List<String> styles) {
	}

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private List<Highlight> highlights = List.of();

	private SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	public static SemanticHighlighter install(ProposalEditor editor, ISourceViewer viewer) {
		SemanticHighlighter highlighter = new SemanticHighlighter(viewer);
		((ITextViewerExtension4) viewer).addTextPresentationListener(highlighter);
		editor.followModel("Semantic highlighting", resource -> {
			List<Computed> computed = new ArrayList<>();
			editor.services().highlighting().provideHighlightingFor(resource,
					(offset, length, styles) -> computed.add(new Computed(offset, length, List.of(styles))), CancelIndicator.NullImpl);
			return computed;
		}, highlighter::show);
		return highlighter;
	}

	/** The number of words styled by the last reconcile; for tests. */
	public int size() {
		return highlights.size();
	}

	/** The styles at {@code offset}, as the presentation shows them; for tests. */
	public TextAttribute attributeAt(int offset) {
		return highlights.stream().filter(highlight -> highlight.includes(offset)).map(highlight -> highlight.attribute)
				.reduce((first, second) -> second).orElse(null);
	}

	/**
	 * Shows the words the last reconcile styled. A word styled as before keeps its position, which has followed the
	 * typing, and only the stretch of text from the first to the last word styled otherwise is presented again: after a
	 * keystroke a few words at most, where presenting the whole text of a long file again would keep the UI thread busy
	 * for tens of milliseconds.
	 */
	private void show(List<Computed> computed) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return;
		}
		if (!document.containsPositionCategory(CATEGORY)) {
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		Map<Styled, Highlight> before = new HashMap<>();
		List<Highlight> gone = new ArrayList<>();
		for (Highlight highlight : highlights) {
			if (highlight.isDeleted() || before.putIfAbsent(Styled.of(highlight), highlight) != null) {
				gone.add(highlight);
			}
		}
		Stretch changed = new Stretch();
		List<Highlight> shown = new ArrayList<>();
		for (Computed position : computed) {
			TextAttribute attribute = ProposalStyles.attributeOf(position.styles());
			if (attribute == null) {
				continue;
			}
			Highlight kept = before.remove(new Styled(position.offset(), position.length(), attribute));
			if (kept != null) {
				shown.add(kept);
				continue;
			}
			Highlight highlight = new Highlight(position.offset(), position.length(), attribute);
			try {
				document.addPosition(CATEGORY, highlight);
				shown.add(highlight);
				changed.include(highlight);
			} catch (BadLocationException | BadPositionCategoryException e) {
				ProposalUiPlugin.log("A highlighted word lies outside the text", e);
			}
		}
		gone.addAll(before.values());
		for (Highlight highlight : gone) {
			try {
				document.removePosition(CATEGORY, highlight);
			} catch (BadPositionCategoryException e) {
				// the category was added above
			}
			if (!highlight.isDeleted()) {
				changed.include(highlight);
			}
		}
		highlights = shown;
		changed.presentAgain((ITextViewerExtension2) viewer);
	}

	/** A word as it is styled: where it is and how. */
	private record Styled(int offset, int length, TextAttribute attribute) {

		static Styled of(Highlight highlight) {
			return new Styled(highlight.getOffset(), highlight.getLength(), highlight.attribute);
		}
	}

	/** The stretch of text from the first to the last word whose style changed. */
	private static final class Stretch {
		private int start = Integer.MAX_VALUE;
		private int end = -1;

		void include(Position word) {
			start = Math.min(start, word.getOffset());
			end = Math.max(end, word.getOffset() + word.getLength());
		}

		void presentAgain(ITextViewerExtension2 viewer) {
			if (end >= 0) {
				viewer.invalidateTextPresentation(start, end - start);
			}
		}
	}

	private void forgetPositions(IDocument document) {
		if (document.containsPositionCategory(CATEGORY)) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// checked just before
			}
		}
		document.removePositionUpdater(updater);
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (Highlight highlight : highlights) {
			if (highlight.isDeleted() || highlight.getOffset() >= end || highlight.getOffset() + highlight.getLength() <= start) {
				continue;
			}
			int from = Math.max(start, highlight.getOffset());
			int to = Math.min(end, highlight.getOffset() + highlight.getLength());
			TextAttribute attribute = highlight.attribute;
			presentation.mergeStyleRange(new StyleRange(from, to - from, attribute.getForeground(), null, attribute.getStyle()));
		}
	}

	public void uninstall() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		if (viewer.getDocument() != null) {
			forgetPositions(viewer.getDocument());
		}
	}
}
