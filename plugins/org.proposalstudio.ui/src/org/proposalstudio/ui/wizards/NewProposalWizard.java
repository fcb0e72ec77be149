package org.proposalstudio.ui.wizards;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.proposalstudio.examples.Examples;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * File > New > Proposal: a proposal file from a template, with the proposals it extends, in a project that gets the
 * proposal nature so that the builder checks it; the file opens in the proposal editor.
 */
public class NewProposalWizard extends Wizard implements INewWizard {

	public static final String ID = "org.proposalstudio.ui.wizards.newProposal";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private NewProposalFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Proposal");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		// parsing the paper's proposals takes a moment
		BusyIndicator.showWhile(null,
				() -> page = new NewProposalFilePage(selection, ProposalTemplates.load(ProposalUiPlugin.get().injector())));
		addPage(page);
	}

	public NewProposalFilePage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		try {
			ProposalNature.addTo(ResourcesPlugin.getWorkspace().getRoot().getProject(page.getContainerFullPath().segment(0)));
			IFile file = page.createNewFile();
			if (file == null) {
				return false;
			}
			for (ProposalTemplate.Ancestor ancestor : page.ancestorsToAdd()) {
				addExample(file.getParent(), ancestor);
			}
			BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
			open(file);
			return true;
		} catch (CoreException | IOException e) {
			ProposalUiPlugin.log("Could not create the proposal", e);
			page.setErrorMessage("Could not create the proposal: " + e.getMessage());
			return false;
		}
	}

	private static void addExample(IContainer folder, ProposalTemplate.Ancestor ancestor) throws CoreException, IOException {
		try (InputStream content = Examples.open(ancestor.path())) {
			folder.getFile(IPath.fromPortableString(ancestor.fileName())).create(content, true, null);
		}
	}

	private void open(IFile file) {
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				IDE.openEditor(active, file, ProposalEditor.ID);
			} catch (PartInitException e) {
				ProposalUiPlugin.log("Could not open " + file.getFullPath(), e);
			}
		}
	}
}
