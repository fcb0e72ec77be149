package org.proposalstudio.ui.preferences;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.proposalstudio.ui.ProposalUiPlugin;

/**
 * Window > Preferences > Proposal Studio > Checks: the severity of each check in every project of the workspace, unless
 * a project's proposals.properties sets it. OK validates the proposal projects again.
 */
public class ChecksPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.proposalstudio.ui.preferences.checks";

	private SeverityTable table;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("The severity of each check of the paper's argument. A project's proposals.properties, which the "
				+ "command line reads too, overrides these for its files (Project > Properties > Proposal Checks).");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite contents = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(contents);
		table = new SeverityTable(contents);
		table.setSeverities(WorkspaceSeverities.all());
		return contents;
	}

	public SeverityTable table() {
		return table;
	}

	@Override
	protected void performDefaults() {
		table.setSeverities(WorkspaceSeverities.defaults());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			WorkspaceSeverities.set(table.severities());
			return true;
		} catch (BackingStoreException e) {
			ProposalUiPlugin.log("Could not save the check severities", e);
			setErrorMessage("Could not save the check severities: " + e.getMessage());
			return false;
		}
	}
}
