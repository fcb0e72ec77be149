package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;

/** The hover: a problem's message with its check id; a name's declaration, its kind and documentation. */
class HoverTest {

	@RegisterExtension
	final TestProject project = new TestProject("hover");

	@Test
	void aReferenceShowsItsDeclaration() throws Exception {
		ProposalEditor editor = project.open("p.proposal", """
				proposal P {
					// who the model imitates
					human H "the human overseer"
					model M
					signal s: imitation trains M from H
				}
				""");
		assertEquals("human H\n\nwho the model imitates\n\nthe human overseer",
				hoverAt(editor, Editors.offsetOf(editor, "from H") + "from ".length()));
	}

	@Test
	void aProblemShowsItsMessageWithItsCheckId() throws Exception {
		IFile file = project.example("flawed/oversight-overfitting.proposal", "f.proposal");
		ProposalEditor editor = Editors.open(file);
		int timing = Editors.offsetOf(editor, "continuously") + 2;
		// the editor's annotations follow the file's markers a moment after they change
		Workbench.waitUntil("the problem in the editor", () -> String.valueOf(hoverAt(editor, timing)).startsWith("["));
		String hover = hoverAt(editor, timing);
		assertTrue(hover.startsWith("[oversight-overfitting] Oversight 'rat' trains the model"), hover);
	}

	private static String hoverAt(ProposalEditor editor, int offset) {
		return editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE)
				.getHoverInfo(editor.viewer(), new Region(offset, 0));
	}
}
