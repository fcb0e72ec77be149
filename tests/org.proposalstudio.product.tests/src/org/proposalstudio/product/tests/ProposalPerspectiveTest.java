package org.proposalstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
		assertEquals(ProposalPerspective.ID, Ui.page().getPerspective().getId());
	}

	@ParameterizedTest
	@ValueSource(strings = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW })
	void showsThePlatformsView(String view) {
		IWorkbenchPage page = Ui.page();
		page.resetPerspective();
		assertNotNull(page.findViewReference(view), view + " is not in the perspective");
	}

	/**
	 * Proposal Studio's own views are shown when their bundles are installed; when one is missing (this test runtime has
	 * neither today), the perspective still opens with the others.
	 */
	@ParameterizedTest
	@ValueSource(strings = { ProposalPerspective.DIAGRAM_VIEW, ProposalPerspective.COMPARISON_VIEW })
	void showsProposalStudiosViewWhenInstalled(String view) {
		IWorkbenchPage page = Ui.page();
		page.resetPerspective();
		boolean installed = PlatformUI.getWorkbench().getViewRegistry().find(view) != null;
		assertEquals(installed, page.findViewReference(view) != null, view + (installed ? " is installed but not shown" : " is not installed but shown"));
	}
}
