package org.proposalstudio.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Proposal Studio: the heading under which the settings of Proposal Studio are found. */
public class ProposalStudioPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Settings of Proposal Studio, the workbench for proposals for building safe advanced AI. "
				+ "Expand this entry to set the severities of the checks.");
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		return new Composite(parent, SWT.NONE);
	}
}
