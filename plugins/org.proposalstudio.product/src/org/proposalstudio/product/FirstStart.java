package org.proposalstudio.product;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * Proposal Studio's first start: an empty workspace gets the example project, and the paper's running example opens in
 * the editor. Only in the Proposal Studio product, so that the bundle does nothing to another Eclipse it lands in.
 */
public class FirstStart implements IStartup {

	public static final String PRODUCT_ID = "org.proposalstudio.product.ide";

	@Override
	public void earlyStartup() {
		IProduct product = Platform.getProduct();
		if (product == null || !PRODUCT_ID.equals(product.getId())) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		WorkspaceJob job = new WorkspaceJob("Creating the example project " + ExampleProject.NAME) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ExampleProject.createInEmptyWorkspace(workspace, monitor).ifPresent(FirstStart::show);
				return Status.OK_STATUS;
			}
		};
		job.setRule(workspace.getRoot());
		job.schedule();
	}

	/** Reveals the project in the Project Explorer and opens the first proposal. */
	private static void show(IProject project) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
					: workbench.getWorkbenchWindows()[0];
			IWorkbenchPage page = window.getActivePage();
			IFile proposal = project.getFile(ExampleProject.FIRST_PROPOSAL);
			BasicNewResourceWizard.selectAndReveal(proposal, window);
			try {
				IDE.openEditor(page, proposal);
			} catch (PartInitException e) {
				ILog.of(FirstStart.class).error("Cannot open " + proposal.getFullPath(), e);
			}
		});
	}
}
