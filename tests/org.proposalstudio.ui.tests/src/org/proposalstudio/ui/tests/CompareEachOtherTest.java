package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.internal.CompareAction;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.diff.ProposalComparison;
import org.proposalstudio.ui.comparison.CompareWithExtendedAction;
import org.proposalstudio.ui.comparison.ProposalCompareViewer;

/**
 * <em>Compare With &gt; Each Other</em> on two proposal files, as the Project Explorer's menu runs it: the compare
 * editor opens with the proposal comparison, the proposal and the one it extends in the right order whichever was
 * selected first.
 */
class CompareEachOtherTest {

	@RegisterExtension
	final TestProject project = new TestProject("compare-each-other");

	@Test
	void section3AgainstSection4ShowsRelaxedAdversarialTrainingInPlaceOfIntermittentOversight() throws Exception {
		IFile s03 = project.example("s03-imitative-amplification-intermittent-oversight.proposal", "s03.proposal");
		IFile s04 = project.example("s04-imitative-amplification-relaxed-adversarial-training.proposal", "s04.proposal");
		// §3 selected first: it would be the new side, were it not the proposal that §4 extends
		ProposalCompareViewer viewer = compareEachOther(s03, s04);

		ProposalComparison comparison = viewer.comparison();
		assertEquals("ImitativeAmplificationIntermittentOversight", comparison.older().proposal().getName());
		assertEquals("ImitativeAmplificationRelaxedAdversarialTraining", comparison.newer().proposal().getName());
		List<String> rows = rows(tree(viewer));
		assertTrue(rows.contains("~ oversight rat (in place of intermittentOversight)|intermittentOversight|rat"), rows::toString);
		assertTrue(rows.contains("    timing|intermittently|continuously"), rows::toString);
		assertTrue(rows.contains("    stance|uncertain|promising"), rows::toString);
		assertTrue(rows.contains("warning [after-the-fact-detection]|" + comparison.diagnosticsRemoved().get(0).message() + "|"), rows::toString);
		assertTrue(rows.contains("info [oversight-overfitting]||" + comparison.diagnosticsAdded().get(0).message()), rows::toString);
		Screenshots.roomyWindow();
		Workbench.page().setPartState(Workbench.page().getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.take("compare-each-other");
	}

	@Test
	void aFileWithErrorsSaysSoInsteadOfComparing() throws Exception {
		IFile broken = project.file("broken.proposal", "proposal Broken {\n\tmodel\n}\n");
		IFile s03 = project.example("s03-imitative-amplification-intermittent-oversight.proposal", "s03.proposal");
		ProposalCompareViewer viewer = compareEachOther(broken, s03);
		assertEquals(null, viewer.comparison());
		assertEquals(List.of(), rows(tree(viewer)));
	}

	@Test
	void aProposalAgainstTheOneItExtendsInTheSameFile() throws Exception {
		IFile pair = project.file("pair.proposal", """
				proposal Old {
					model M
					human H
					signal loss: imitation trains M from H
					oversight check: H oversees M continuously using transparency-tools checking per-step-myopia
					deploy M
					inner alignment is uncertain relies on check "myopia"
				}
				proposal New extends Old {
					inner alignment is promising relies on check "myopia, checked continuously"
				}
				""");
		ProposalCompareViewer viewer = run(new CompareWithExtendedAction(), pair);
		assertEquals("Old", viewer.comparison().older().proposal().getName());
		assertEquals("New", viewer.comparison().newer().proposal().getName());
		List<String> rows = rows(tree(viewer));
		assertTrue(rows.contains("    stance|uncertain|promising"), rows::toString);
		assertTrue(rows.contains("    text|myopia|myopia, checked continuously"), rows::toString);
	}

	/** Runs the Project Explorer's Compare With &gt; Each Other on the files, and waits for the proposal comparison. */
	private static ProposalCompareViewer compareEachOther(IFile first, IFile second) throws Exception {
		return run(new CompareAction(), first, second);
	}

	/** Runs a Compare With action of the Project Explorer's menu on the files, and waits for the proposal comparison. */
	private static ProposalCompareViewer run(IObjectActionDelegate compare, IFile... files) throws Exception {
		IWorkbenchPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Action action = new Action("Compare With") {
		};
		compare.setActivePart(action, explorer);
		compare.selectionChanged(action, new StructuredSelection(List.of(files)));
		assertTrue(action.isEnabled(), "the action is offered for the proposal files");
		compare.run(action);
		ProposalCompareViewer[] found = new ProposalCompareViewer[1];
		Workbench.waitUntil("the proposal comparison in the compare editor", () -> {
			IEditorPart editor = Workbench.page().getActiveEditor();
			found[0] = editor == null ? null : find(editor.getEditorSite().getShell());
			return found[0] != null && found[0].getInput() != null;
		});
		return found[0];
	}

	private static ProposalCompareViewer find(Control control) {
		if (control.getData(ProposalCompareViewer.DATA_KEY) instanceof ProposalCompareViewer viewer && control.isVisible()) {
			return viewer;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				ProposalCompareViewer viewer = find(child);
				if (viewer != null) {
					return viewer;
				}
			}
		}
		return null;
	}

	private static Tree tree(ProposalCompareViewer viewer) {
		for (Control child : ((Composite) viewer.getControl()).getChildren()) {
			if (child instanceof Tree tree) {
				return tree;
			}
		}
		throw new AssertionError("no tree in the comparison");
	}

	/** Every row, children after their parent, as its three cells joined by '|'. */
	private static List<String> rows(Tree tree) {
		List<String> rows = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			add(rows, item);
		}
		return rows;
	}

	private static void add(List<String> rows, TreeItem item) {
		rows.add(item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2));
		for (TreeItem child : item.getItems()) {
			add(rows, child);
		}
	}
}
