package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Shell;
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
		Editors.execute(editor, ProposalEditorHandler.QUICK_OUTLINE);
		// JFace's windows are their shells' data: other popups (hovers, progress) may come and go meanwhile
		List<QuickOutline> popups = Stream.of(editor.getSite().getShell().getDisplay().getShells())
				.map(Shell::getData).filter(QuickOutline.class::isInstance).map(QuickOutline.class::cast).toList();
		assertEquals(1, popups.size(), "the popup is open");
		popups.get(0).close();
	}
}
