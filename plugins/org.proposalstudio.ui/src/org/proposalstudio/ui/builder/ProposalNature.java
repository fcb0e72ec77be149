package org.proposalstudio.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Marks a project as holding proposals, which puts the proposal builder on it. */
public class ProposalNature implements IProjectNature {

	public static final String ID = "org.proposalstudio.ui.nature";

	private IProject project;

	/** Gives the project the nature, unless it has it already. */
	public static void addTo(IProject project) throws CoreException {
		if (!project.isOpen() || project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, new NullProgressMonitor());
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).anyMatch(command -> ProposalBuilder.ID.equals(command.getBuilderName()))) {
			return;
		}
		ICommand build = description.newCommand();
		build.setBuilderName(ProposalBuilder.ID);
		ICommand[] commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
		commands[commands.length - 1] = build;
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !ProposalBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
