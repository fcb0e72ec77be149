package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.language.ide.symbols.ProposalOutline.OutlineNode;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.outline.ProposalOutlinePage;

/** The Outline view: the proposal's parts, renewed as the text changes, linked with the editor both ways. */
class OutlineTest {

	@RegisterExtension
	final TestProject project = new TestProject("outline");
	private ProposalEditor editor;
	private ProposalOutlinePage outline;

	@BeforeEach
	void openTheExampleAndTheOutline() throws Exception {
		editor = project.openImitativeAmplification();
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		outline = (ProposalOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil("the outline", () -> !outline.roots().isEmpty());
	}

	@Test
	void theOutlineHoldsTheProposalsParts() {
		OutlineNode proposal = outline.roots().get(0);
		assertEquals("ImitativeAmplificationIntermittentOversight", proposal.name());
		List<String> parts = proposal.children().stream().map(OutlineNode::name).toList();
		assertTrue(parts.containsAll(List.of("H", "M", "Amp(M)", "imitationLoss", "intermittentOversight", "hch", "deploy M",
				"outer alignment", "inner alignment")), parts.toString());
	}

	@Test
	void selectingANodeSelectsItsNameInTheText() {
		OutlineNode hch = child("hch");
		outline.setSelection(new StructuredSelection(hch));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("hch", selection.getText());
		assertEquals(hch.selection().getOffset(), selection.getOffset());
	}

	@Test
	void movingTheCaretSelectsTheNodeItIsIn() {
		editor.selectAndReveal(Editors.offsetOf(editor, "using transparency-tools"), 0);
		Workbench.waitUntil("the outline to follow the caret", () -> child("intermittentOversight")
				.equals(((IStructuredSelection) outline.getSelection()).getFirstElement()));
	}

	@Test
	void theOutlineFollowsTheText() throws Exception {
		editor.document().replace(Editors.offsetOf(editor, "\tmodel M"), 0, "\tagent Helper\n");
		Workbench.waitUntil("the new participant in the outline",
				() -> outline.roots().get(0).children().stream().anyMatch(node -> node.name().equals("Helper")));
	}

	@Test
	void typingThatRenamesNothingKeepsTheItemsAndMovesTheirNodes() throws Exception {
		Tree tree = (Tree) outline.getControl();
		TreeItem proposal = tree.getItem(0);
		OutlineNode hch = child("hch");
		editor.document().replace(0, 0, " ");
		Workbench.waitUntil("the outline to follow the text", () -> child("hch").selection().getOffset() == hch.selection().getOffset() + 1);
		assertSame(proposal, tree.getItem(0), "the same item");
		assertSame(outline.roots().get(0), proposal.getData(), "showing the new node");

		outline.setSelection(new StructuredSelection(child("hch")));
		assertEquals("hch", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());
	}

	private OutlineNode child(String name) {
		return outline.roots().get(0).children().stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
	}
}
