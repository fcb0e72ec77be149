package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.ITextOperationTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.ProposalEditorHandler;

/** Format (Ctrl+Shift+F): the language's formatter, as one edit that one undo takes back. */
class FormatTest {

	private static final String MESSY = "proposal   P{human H\n      model   M\ndeploy M ,H}\n";

	@RegisterExtension
	final TestProject project = new TestProject("format");

	@Test
	void theCommandFormatsTheTextAndOneUndoRestoresIt() throws Exception {
		ProposalEditor editor = project.open("p.proposal", MESSY);
		Editors.execute(editor, ProposalEditorHandler.FORMAT);
		assertEquals("""
				proposal P {
					human H
					model M
					deploy M, H
				}
				""", editor.document().get());

		editor.viewer().getTextOperationTarget().doOperation(ITextOperationTarget.UNDO);
		assertEquals(MESSY, editor.document().get());
	}

	@Test
	void aTextThatDoesNotParseIsLeftAsItIs() throws Exception {
		String broken = "proposal   P{human H\n   model }\n";
		ProposalEditor editor = project.open("p.proposal", broken + "proposal Q {\n\thuman H\n}\n");
		editor.document().set(broken);
		editor.format();
		assertEquals(broken, editor.document().get());
	}
}
