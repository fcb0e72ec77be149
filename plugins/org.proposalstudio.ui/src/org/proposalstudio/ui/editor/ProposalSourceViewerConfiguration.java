package org.proposalstudio.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** What the proposal editor's viewer is made of: each part asks the language's services. */
public class ProposalSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** How long typing must pause before the text is validated again. */
	static final int RECONCILE_DELAY_MILLIS = 150;

	private final ProposalEditor editor;

	public ProposalSourceViewerConfiguration(ProposalEditor editor, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new ProposalReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MILLIS);
		return reconciler;
	}

	protected ProposalEditor editor() {
		return editor;
	}
}
