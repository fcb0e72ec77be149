package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.highlighting.ProposalStyles;

/** Highlighting as drawn: lexical styles from the language's tokens, semantic ones from the model over them. */
class SyntaxHighlightingTest {

	@RegisterExtension
	final TestProject project = new TestProject("highlighting");

	@Test
	void keywordsCommentsNamesAndParticipantKindsAreDrawnInTheirStyles() throws Exception {
		ProposalEditor editor = project.openImitativeAmplification();

		assertDrawn(editor, 0, List.of("comment"));
		assertDrawn(editor, Editors.offsetOf(editor, "proposal Imitative"), List.of("keyword"));
		assertDrawn(editor, Editors.offsetOf(editor, "\"Imitative amplification"), List.of("string"));
		assertDrawn(editor, Editors.offsetOf(editor, "\thuman H") + "\thuman ".length(), List.of("declaration", "kind.human"));
		assertDrawn(editor, Editors.offsetOf(editor, "Amp(M) = H") + 1, List.of("declaration", "kind.amplified-model"));
		assertDrawn(editor, Editors.offsetOf(editor, "cites 17") + "cites ".length(), List.of("citation"));
	}

	@Test
	void typingKeepsTheHighlightingOfWhatFollows() throws Exception {
		ProposalEditor editor = project.open("p.proposal", "proposal P {\n\thuman H\n\tmodel M\n}\n");
		editor.document().replace(Editors.offsetOf(editor, "\tmodel"), 0, "\tmodel N\n");
		int m = Editors.offsetOf(editor, "model M") + "model ".length();
		Workbench.waitUntil("the new text to be reconciled", () -> editor.semanticHighlighter().attributeAt(m) != null);
		assertDrawn(editor, m, List.of("declaration", "kind.model"));
	}

	@Test
	void aNameRestyledByTheReconcileIsDrawnAnewElsewhereInTheText() throws Exception {
		ProposalEditor editor = project.open("p.proposal", "proposal P {\n\thuman H\n\tmodel M\n\tflow H -> M: information\n}\n");
		int reference = Editors.offsetOf(editor, "-> M") + "-> ".length();
		Workbench.waitUntil("the reference styled as a model", () -> kindModel().equals(editor.semanticHighlighter().attributeAt(reference)));
		assertDrawn(editor, reference, List.of("reference", "kind.model"));

		int declared = Editors.offsetOf(editor, "model M") + "model ".length();
		editor.document().replace(declared, 1, "N");
		Workbench.waitUntil("the reference to M resolving no more", () -> !kindModel().equals(editor.semanticHighlighter().attributeAt(reference)));
		assertTrue(!looksLike(kindModel(), drawnAt(editor, reference)), "no longer drawn as a model");

		editor.document().replace(declared, 1, "M");
		Workbench.waitUntil("the reference resolving again", () -> kindModel().equals(editor.semanticHighlighter().attributeAt(reference)));
		assertDrawn(editor, reference, List.of("reference", "kind.model"));
	}

	private static TextAttribute kindModel() {
		return ProposalStyles.attributeOf(List.of("reference", "kind.model"));
	}

	private static void assertDrawn(ProposalEditor editor, int offset, List<String> styles) {
		StyleRange drawn = drawnAt(editor, offset);
		TextAttribute expected = ProposalStyles.attributeOf(styles);
		assertTrue(drawn != null, "nothing drawn at " + offset + " for " + styles);
		assertEquals(expected.getForeground() == null ? null : expected.getForeground().getRGB(),
				drawn.foreground == null ? null : drawn.foreground.getRGB(), styles.toString());
		assertEquals(expected.getStyle() & (SWT.BOLD | SWT.ITALIC), drawn.fontStyle & (SWT.BOLD | SWT.ITALIC), styles.toString());
	}

	private static StyleRange drawnAt(ProposalEditor editor, int offset) {
		int widgetOffset = ((ITextViewerExtension5) editor.viewer()).modelOffset2WidgetOffset(offset);
		return editor.viewer().getTextWidget().getStyleRangeAtOffset(widgetOffset);
	}

	/** Whether the text is drawn in the colour and font style of {@code attribute}. */
	private static boolean looksLike(TextAttribute attribute, StyleRange drawn) {
		return drawn != null && attribute.getForeground().getRGB().equals(drawn.foreground == null ? null : drawn.foreground.getRGB())
				&& (attribute.getStyle() & (SWT.BOLD | SWT.ITALIC)) == (drawn.fontStyle & (SWT.BOLD | SWT.ITALIC));
	}
}
