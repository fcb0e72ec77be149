package org.proposalstudio.ui.builder;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;
import org.proposalstudio.ui.preferences.ProposalsPropertiesMarkers;

/**
 * Validates the proposal files of a project and puts their diagnostics on them as markers. An incremental build
 * validates the changed files and the files whose proposals build on them, so that a change in one file updates the
 * diagnostics of the files that extend it.
 */
public class ProposalBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.proposalstudio.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		ProjectModel model = ProposalUiPlugin.get().projectModels().of(getProject());
		IResourceDelta delta = getDelta(getProject());
		// a deleted file leaves whatever extended it dangling, and a changed proposals.properties changes severities:
		// everything is checked again then
		boolean everything = kind == FULL_BUILD || delta == null || removesProposalFiles(delta)
				|| ProposalsPropertiesMarkers.touchesPropertiesFiles(delta);
		if (everything) {
			ProposalsPropertiesMarkers.refresh(getProject());
		}
		Set<IFile> toValidate = everything ? allProposalFiles() : changedProposalFiles(delta);
		toValidate.forEach(model::reload);
		Set<IFile> affected = new LinkedHashSet<>(toValidate);
		if (!everything) {
			Set<IFile> dependents = model.dependentsOf(toValidate);
			affected.addAll(dependents);
			// the editors of dependents open now validate them, and redraw what follows their model
			affected.removeAll(model.tellEditorsOf(dependents));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Validating proposals", affected.size());
		for (IFile file : affected) {
			if (progress.isCanceled()) {
				break;
			}
			progress.subTask(file.getName());
			if (file.exists()) {
				ProposalMarkers.refresh(model, file, progress::isCanceled);
			}
			progress.worked(1);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProposalMarkers.TYPE, true, IProject.DEPTH_INFINITE);
	}

	private Set<IFile> allProposalFiles() throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		getProject().accept(resource -> {
			if (resource.isDerived()) {
				return false;
			}
			if (ProjectModel.isProposalFile(resource)) {
				files.add((IFile) resource);
			}
			return true;
		});
		return files;
	}

	private static boolean removesProposalFiles(IResourceDelta delta) throws CoreException {
		boolean[] removed = { false };
		delta.accept(child -> {
			removed[0] |= ProjectModel.isProposalFile(child.getResource()) && child.getKind() == IResourceDelta.REMOVED;
			return !removed[0];
		});
		return removed[0];
	}

	private static Set<IFile> changedProposalFiles(IResourceDelta delta) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		delta.accept(child -> {
			if (ProjectModel.isProposalFile(child.getResource()) && child.getKind() != IResourceDelta.REMOVED) {
				files.add((IFile) child.getResource());
			}
			return true;
		});
		return files;
	}
}
