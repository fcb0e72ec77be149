package org.proposalstudio.ui.comparison;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** Creates the compare editor's viewer for proposal files ({@code org.eclipse.compare.contentMergeViewers}). */
public class ProposalCompareViewerCreator implements IViewerCreator {

	@Override
	public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
		return new ProposalCompareViewer(parent, configuration);
	}
}
