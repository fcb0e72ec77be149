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

	private static void assertDrawn(ProposalEditor editor, int offset, List<String> styles) {
		int widgetOffset = ((ITextViewerExtension5) editor.viewer()).modelOffset2WidgetOffset(offset);
		StyleRange drawn = editor.viewer().getTextWidget().getStyleRangeAtOffset(widgetOffset);
		TextAttribute expected = ProposalStyles.attributeOf(styles);
		assertTrue(drawn != null, "nothing drawn at " + offset + " for " + styles);
		assertEquals(expected.getForeground() == null ? null : expected.getForeground().getRGB(),
				drawn.foreground == null ? null : drawn.foreground.getRGB(), styles.toString());
		assertEquals(expected.getStyle() & (SWT.BOLD | SWT.ITALIC), drawn.fontStyle & (SWT.BOLD | SWT.ITALIC), styles.toString());
	}
}
