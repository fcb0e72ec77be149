package org.proposalstudio.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.proposalstudio.ui.ExampleFiles;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalNature;

/**
 * File > New > Project > Proposal Project: a project with the proposal nature, optionally with the repository's
 * examples, built at once so that the Problems view shows what the checks find.
 */
public class NewProposalProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.proposalstudio.ui.wizards.newProject";

	private IWorkbench workbench;
	private NewProposalProjectPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Proposal Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new NewProposalProjectPage();
		addPage(page);
	}

	public NewProposalProjectPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		boolean examples = page.addsExamples();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					create(project, location, examples, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			ProposalUiPlugin.log("Could not create the project " + project.getName(), e.getCause());
			page.setErrorMessage("Could not create the project: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
			return false;
		}
		build(project);
		BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
		return true;
	}

	private static void create(IProject project, URI location, boolean examples, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(),
				examples ? 3 + ExampleFiles.work() : 3);
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		ProposalNature.addTo(project);
		progress.worked(1);
		if (examples) {
			ExampleFiles.copyInto(project, progress);
		}
	}

	/** Builds the project now, even with automatic builds off: its markers are what the examples are there to show. */
	private static void build(IProject project) {
		WorkspaceJob build = new WorkspaceJob("Validating the proposals of " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
				return Status.OK_STATUS;
			}
		};
		build.setRule(project.getWorkspace().getRuleFactory().buildRule());
		build.schedule();
	}
}
