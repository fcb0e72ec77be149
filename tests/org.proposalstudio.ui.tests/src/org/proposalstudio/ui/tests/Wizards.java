package org.proposalstudio.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;

/** Runs a wizard as File > New does, without showing it: its pages exist, and the test fills them in. */
final class Wizards {

	private Wizards() {
	}

	/** The wizard's dialog, created but not open: its pages can be filled in, and the wizard finished. */
	static WizardDialog dialogFor(INewWizard wizard, IStructuredSelection selection) {
		wizard.init(PlatformUI.getWorkbench(), selection);
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		return dialog;
	}

	/** Whatever the automatic build has not done yet, done now. */
	static void build(IProject project) throws CoreException {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}
}
