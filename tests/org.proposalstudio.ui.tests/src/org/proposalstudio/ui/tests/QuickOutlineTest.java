package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.ProposalEditorHandler;
import org.proposalstudio.ui.editor.outline.QuickOutline;

/** Quick Outline (Ctrl+O): a popup of the outline that filters as one types and goes where one chooses. */
class QuickOutlineTest {

	@RegisterExtension
	final TestProject project = new TestProject("quick-outline");

	@Test
	void typingFiltersAndEnterGoesToTheChosenName() throws Exception {
		ProposalEditor editor = project.openImitativeAmplification();

		QuickOutline popup = editor.quickOutline();
		assertTrue(popup.visibleNames().containsAll(List.of("H", "hch", "intermittentOversight")), popup.visibleNames().toString());
		popup.filter("hc");
		assertEquals(List.of("ImitativeAmplificationIntermittentOversight", "hch", "hchTree"), popup.visibleNames());
		popup.goToSelected();

		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("hch", selection.getText());
	}

	@Test
	void theCommandOpensThePopup() throws Exception {
		ProposalEditor editor = project.open("p.proposal", "proposal P {\n\thuman H\n}\n");
		int shells = editor.getSite().getShell().getDisplay().getShells().length;
		Editors.execute(editor, ProposalEditorHandler.QUICK_OUTLINE);
		assertEquals(shells + 1, editor.getSite().getShell().getDisplay().getShells().length, "the popup is open");
	}
}
