package org.proposalstudio.ui.editor;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * Runs on the reconciler's thread a moment after the author stops typing: parses the editor's text into the project
 * model, validates it, and replaces the file's markers; then the open editors of the files that build on it do the
 * same. A failure is logged and leaves the text alone.
 */
final class ProposalReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final ProposalEditor editor;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	ProposalReconcilingStrategy(ProposalEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		IFile file = editor.file();
		if (file == null || document == null) {
			return;
		}
		try {
			ProjectModel model = ProposalUiPlugin.get().projectModels().of(file);
			model.edit(file, document.get());
			if (editor.validateAndTell(monitor::isCanceled)) {
				model.dependenciesChanged(Set.of(file));
			}
		} catch (CoreException | RuntimeException e) {
			ProposalUiPlugin.log("Validating " + file.getFullPath() + " as you type failed; the text is untouched", e);
		}
	}
}
