package org.proposalstudio.ui.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.proposalstudio.ui.ProposalUiPlugin;

import com.google.inject.Injector;

/** The {@link ProjectModel} of each project, created on first use and dropped when its project goes away. */
public final class ProjectModels implements IResourceChangeListener {

	private final Injector injector;
	private final Map<IProject, ProjectModel> models = new HashMap<>();

	public ProjectModels(Injector injector) {
		this.injector = injector;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	public synchronized ProjectModel of(IProject project) {
		return models.computeIfAbsent(project, key -> new ProjectModel(key, injector));
	}

	public ProjectModel of(IFile file) {
		return of(file.getProject());
	}

	/** Files removed or closed leave the model; changed files are the builder's to reload. */
	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IProject project && (delta.getKind() == IResourceDelta.REMOVED
						|| (delta.getFlags() & IResourceDelta.OPEN) != 0 && !project.isOpen())) {
					forget(project);
					return false;
				}
				if (delta.getResource() instanceof IFile file && ProjectModel.isProposalFile(file)
						&& delta.getKind() == IResourceDelta.REMOVED) {
					ProjectModel model = existing(file.getProject());
					if (model != null) {
						model.remove(file);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			ProposalUiPlugin.log("Could not follow a change of the workspace", e);
		}
	}

	private synchronized ProjectModel existing(IProject project) {
		return models.get(project);
	}

	private synchronized void forget(IProject project) {
		models.remove(project);
	}

	public synchronized void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		models.clear();
	}
}
