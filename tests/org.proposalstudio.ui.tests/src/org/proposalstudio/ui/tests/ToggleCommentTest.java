package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.ProposalEditorHandler;

/** Toggle Comment (Ctrl+/): the selected lines commented out with the language's line comment, and back. */
class ToggleCommentTest {

	private static final String TEXT = "proposal P {\n\thuman H\n\tmodel M\n\tdeploy M\n}\n";

	@RegisterExtension
	final TestProject project = new TestProject("toggle-comment");

	@Test
	void theSelectedLinesAreCommentedOutAndInAgain() throws Exception {
		ProposalEditor editor = project.open("p.proposal", TEXT);
		int start = Editors.offsetOf(editor, "\thuman H");
		editor.selectAndReveal(start, Editors.offsetOf(editor, "\tdeploy") - start);

		toggle(editor);
		assertEquals("proposal P {\n//\thuman H\n//\tmodel M\n\tdeploy M\n}\n", editor.document().get());
		editor.selectAndReveal(start, Editors.offsetOf(editor, "\tdeploy") - start);
		toggle(editor);
		assertEquals(TEXT, editor.document().get());
	}

	private static void toggle(ProposalEditor editor) throws Exception {
		Editors.execute(editor, ProposalEditorHandler.TOGGLE_COMMENT);
	}
}
