package org.proposalstudio.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The editor of {@code .proposal} files: the Platform's text editor, driven by the language's services. What the
 * author types is parsed and validated in the background, and the file's markers follow; views listen for each new
 * state of the model.
 */
public class ProposalEditor extends TextEditor {

	public static final String ID = "org.proposalstudio.ui.editor";

	/** Told, off the UI thread, when the editor's text has been parsed and validated again. */
	public interface ModelListener {
		void modelChanged(ProposalEditor editor);
	}

	private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new ProposalSourceViewerConfiguration(this, getPreferenceStore()));
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IFile previous = file();
		super.doSetInput(input);
		if (previous != null && !previous.equals(file())) {
			ProposalUiPlugin.get().projectModels().of(previous).release(previous);
		}
		if (file() != null) {
			giveProjectTheNature(file());
		}
	}

	/** The file edited, or {@code null} when the input is not a workspace file. */
	public IFile file() {
		IEditorInput input = getEditorInput();
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** The model of the edited file's project, in which the file has the editor's text. */
	public ProjectModel model() {
		return ProposalUiPlugin.get().projectModels().of(file());
	}

	public void addModelListener(ModelListener listener) {
		listeners.add(listener);
	}

	public void removeModelListener(ModelListener listener) {
		listeners.remove(listener);
	}

	void fireModelChanged() {
		for (ModelListener listener : listeners) {
			try {
				listener.modelChanged(this);
			} catch (RuntimeException e) {
				ProposalUiPlugin.log("A view failed to follow the proposal editor", e);
			}
		}
	}

	@Override
	public void dispose() {
		IFile file = file();
		if (file != null) {
			ProposalUiPlugin.get().projectModels().of(file).release(file);
		}
		listeners.clear();
		super.dispose();
	}

	/**
	 * A file opened in a project without the proposal nature gets it, so that the builder validates the project's
	 * other proposal files too.
	 */
	private static void giveProjectTheNature(IFile file) {
		WorkspaceJob job = new WorkspaceJob("Adding the proposal nature to " + file.getProject().getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ProposalNature.addTo(file.getProject());
				return Status.OK_STATUS;
			}
		};
		// IProject.setDescription locks the whole workspace, not just the project
		job.setRule(file.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}
