package org.proposalstudio.product;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
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
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * Proposal Studio's first start: an empty workspace gets the example project, and the paper's running example opens in
 * the editor. Only in the Proposal Studio product, so that the bundle does nothing to another Eclipse it lands in.
 */
public class FirstStart implements IStartup {

	private static final String PRODUCT_ID = "org.proposalstudio.product.ide";

	@Override
	public void earlyStartup() {
		IProduct product = Platform.getProduct();
		if (product == null || !PRODUCT_ID.equals(product.getId())) {
			return;
		}
		new WorkspaceJob("Creating the example project " + ExampleProject.NAME) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ExampleProject.createInEmptyWorkspace(ResourcesPlugin.getWorkspace(), monitor).ifPresent(FirstStart::show);
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** Reveals the first proposal in the Project Explorer and opens it, in the workbench's (first start: only) window. */
	private static void show(IProject project) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> Arrays.stream(workbench.getWorkbenchWindows()).findFirst().ifPresent(window -> {
			IFile proposal = project.getFile(ExampleProject.FIRST_PROPOSAL);
			BasicNewResourceWizard.selectAndReveal(proposal, window);
			try {
				IDE.openEditor(window.getActivePage(), proposal);
			} catch (PartInitException e) {
				ILog.of(FirstStart.class).error("Cannot open " + proposal.getFullPath(), e);
			}
		}));
	}
}
