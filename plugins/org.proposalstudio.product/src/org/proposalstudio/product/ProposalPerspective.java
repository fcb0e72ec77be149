package org.proposalstudio.product;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * Proposal Studio's perspective: projects and the outline on the left, the proposal editor in the middle, its diagram
 * on the right, problems and the comparison matrix below. Outline and diagram are both in sight, since both follow the
 * caret.
 */
public class ProposalPerspective implements IPerspectiveFactory {

	public static final String ID = "org.proposalstudio.product.perspective";

	/** Contributed by the diagram bundle; when it is not installed, its place is kept for it. */
	public static final String DIAGRAM_VIEW = "org.proposalstudio.diagram.ui.diagramView";

	/** The comparison matrix of the proposals; when it is not installed, its place is kept for it. */
	public static final String COMPARISON_VIEW = "org.proposalstudio.ui.comparisonView";
	public static final String GUIDE_VIEW = "org.proposalstudio.ui.guideView";
	/** File > New lists these first. */
	public static final String NEW_PROPOSAL_WIZARD = "org.proposalstudio.ui.wizards.newProposal";
	public static final String NEW_PROJECT_WIZARD = "org.proposalstudio.ui.wizards.newProject";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottomLeft = layout.createFolder("bottomLeft", IPageLayout.BOTTOM, 0.45f, "left");
		bottomLeft.addView(IPageLayout.ID_OUTLINE);

		// a figure needs room: the diagram takes two fifths of what the editor had
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.6f, editorArea);
		addIfInstalled(right, DIAGRAM_VIEW);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		addIfInstalled(bottom, COMPARISON_VIEW);

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW,
				DIAGRAM_VIEW, COMPARISON_VIEW, GUIDE_VIEW }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(NEW_PROPOSAL_WIZARD);
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}

	/** A view that is not installed gets a placeholder: the layout keeps its place instead of logging an error. */
	private static void addIfInstalled(IFolderLayout folder, String view) {
		if (PlatformUI.getWorkbench().getViewRegistry().find(view) != null) {
			folder.addView(view);
		} else {
			folder.addPlaceholder(view);
		}
	}
}
