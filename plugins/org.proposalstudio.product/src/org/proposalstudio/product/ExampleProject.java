package org.proposalstudio.product;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.proposalstudio.ui.ExampleFiles;
import org.proposalstudio.ui.builder.ProposalNature;

/** The project a new workspace starts with: the repository's examples, as the examples bundle carries them. */
public final class ExampleProject {

	public static final String NAME = "paper-proposals";

	/** The proposal shown first: the paper's running example, also the README's. */
	public static final String FIRST_PROPOSAL = "s03-imitative-amplification-intermittent-oversight.proposal";

	private ExampleProject() {
	}

	/**
	 * Creates the project with every example, gives it the proposal nature and builds it, provided that the workspace has
	 * no project and nothing is on disk where the project would go: it never touches what a user made. Returns the
	 * project it created, or nothing when it left the workspace alone.
	 */
	public static Optional<IProject> createInEmptyWorkspace(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = workspace.getRoot();
		IProject project = root.getProject(NAME);
		AtomicBoolean created = new AtomicBoolean();
		// under the root's rule, so that no project can appear between the look and the creation
		workspace.run(operation -> {
			if (root.getProjects().length == 0 && !root.getLocation().append(NAME).toFile().exists()) {
				create(project, operation);
				created.set(true);
			}
		}, root, IWorkspace.AVOID_UPDATE, monitor);
		return created.get() ? Optional.of(project) : Optional.empty();
	}

	private static void create(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + NAME, 2 + ExampleFiles.work() + 10);
		project.create(progress.split(1));
		project.open(progress.split(1));
		ExampleFiles.copyInto(project, progress);
		ProposalNature.addTo(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, progress.split(10));
	}
}
