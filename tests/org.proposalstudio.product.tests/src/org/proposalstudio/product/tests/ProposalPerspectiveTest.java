package org.proposalstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.function.Function;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.product.ProposalPerspective;

/** The perspective a new workspace of the product opens in. */
class ProposalPerspectiveTest {

	@Test
	void isTheProductsDefaultPerspective() {
		assertEquals(ProposalPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
		assertEquals(ProposalPerspective.ID, Ui.sync(() -> Ui.page().getPerspective().getId()));
	}

	@ParameterizedTest
	@ValueSource(strings = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW })
	void showsThePlatformsView(String view) {
		assertNotNull(Ui.sync(() -> afterReset(page -> page.findViewReference(view))), view + " is not in the perspective");
	}

	/**
	 * Proposal Studio's own views are shown when their bundles are installed; when one is missing, the perspective still
	 * opens with the others. This test runtime has both cases: org.proposalstudio.ui brings the comparison view, and
	 * nothing here brings the diagram bundle.
	 */
	@ParameterizedTest
	@ValueSource(strings = { ProposalPerspective.DIAGRAM_VIEW, ProposalPerspective.COMPARISON_VIEW })
	void showsProposalStudiosViewWhenInstalled(String view) {
		boolean installed = PlatformUI.getWorkbench().getViewRegistry().find(view) != null;
		boolean shown = Ui.sync(() -> afterReset(page -> page.findViewReference(view) != null));
		assertEquals(installed, shown, view + (installed ? " is installed but not shown" : " is not installed but shown"));
	}

	@Test
	void fileNewListsTheProposalWizardsFirst() {
		String[] shortcuts = Ui.sync(() -> afterReset(IWorkbenchPage::getNewWizardShortcuts));
		assertEquals(List.of(ProposalPerspective.NEW_PROPOSAL_WIZARD, ProposalPerspective.NEW_PROJECT_WIZARD),
				List.of(shortcuts).subList(0, 2));
	}

	/** Asks the page once the perspective is as its factory lays it out, whatever other tests did to it. */
	private static <T> T afterReset(Function<IWorkbenchPage, T> query) {
		IWorkbenchPage page = Ui.page();
		page.resetPerspective();
		return query.apply(page);
	}
}
