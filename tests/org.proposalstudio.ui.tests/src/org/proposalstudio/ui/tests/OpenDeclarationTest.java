package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.ProposalEditorHandler;

/** Open Declaration (F3) and Ctrl+click: to the declaration of a name, across the files of the project. */
class OpenDeclarationTest {

	@RegisterExtension
	final TestProject project = new TestProject("open-declaration");

	@Test
	void f3OnAnInheritedNameOpensTheFileThatDeclaresIt() throws Exception {
		ProposalEditor s04 = openTheExtendingExample();
		s04.selectAndReveal(Editors.offsetOf(s04, "replaces intermittentOversight") + "replaces ".length() + 3, 0);
		Editors.execute(s04, ProposalEditorHandler.OPEN_DECLARATION);

		ProposalEditor s03 = (ProposalEditor) Workbench.page().getActiveEditor();
		assertEquals("s03.proposal", s03.file().getName());
		ITextSelection selection = (ITextSelection) s03.getSelectionProvider().getSelection();
		assertEquals("intermittentOversight", selection.getText());
		assertEquals(Editors.offsetOf(s03, "oversight intermittentOversight") + "oversight ".length(), selection.getOffset());
	}

	@Test
	void ctrlClickLinksTheWholeNameToItsDeclaration() throws Exception {
		ProposalEditor s04 = openTheExtendingExample();
		int reference = Editors.offsetOf(s04, "Amp(M) oversees M continuously");
		IHyperlink[] links = s04.configuration().getHyperlinkDetectors(s04.viewer())[0]
				.detectHyperlinks(s04.viewer(), new Region(reference + 4, 0), false);
		IRegion linked = links[0].getHyperlinkRegion();
		assertEquals(reference, linked.getOffset());
		assertEquals("Amp(M)".length(), linked.getLength());

		links[0].open();
		ProposalEditor s03 = (ProposalEditor) Workbench.page().getActiveEditor();
		assertEquals("Amp(M)", ((ITextSelection) s03.getSelectionProvider().getSelection()).getText());
	}

	private ProposalEditor openTheExtendingExample() throws Exception {
		project.example("s03-imitative-amplification-intermittent-oversight.proposal", "s03.proposal");
		return Editors.open(project.example("s04-imitative-amplification-relaxed-adversarial-training.proposal", "s04.proposal"));
	}
}
