package org.proposalstudio.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.dialogs.PropertyPage;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.ui.ProposalUiPlugin;

/**
 * Project > Properties > Proposal Checks: the project's own severities, kept in its proposals.properties so that the
 * command line applies them too. Saving the file validates the project again, as editing it by hand does.
 */
public class ChecksPropertyPage extends PropertyPage {

	public static final String ID = "org.proposalstudio.ui.properties.checks";

	private Button projectSpecific;
	private SeverityTable table;
	private Map<PaperCheck, String> inFile;

	public ChecksPropertyPage() {
		setDescription("The severity of each check in this project's files, stored in its " + ProposalsProperties.FILE_NAME
				+ ", which the command line reads too. A " + ProposalsProperties.FILE_NAME
				+ " in a folder of the project overrides it for the files below that folder.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite contents = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(contents);
		projectSpecific = new Button(contents, SWT.CHECK);
		projectSpecific.setText("Enable project-specific settings");
		Link workspace = new Link(contents, SWT.NONE);
		workspace.setText("<a>Configure Workspace Settings...</a>");
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(workspace);
		workspace.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> PreferencesUtil
				.createPreferenceDialogOn(getShell(), ChecksPreferencePage.ID, new String[] { ChecksPreferencePage.ID }, null).open()));
		Composite tableArea = new Composite(contents, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(tableArea);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tableArea);
		table = new SeverityTable(tableArea);

		inFile = ProjectSeverities.of(project());
		Map<PaperCheck, String> shown = WorkspaceSeverities.all();
		shown.putAll(inFile);
		table.setSeverities(shown);
		projectSpecific.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> showProjectSpecific()));
		setProjectSpecific(!inFile.isEmpty());
		return contents;
	}

	public void setProjectSpecific(boolean enabled) {
		projectSpecific.setSelection(enabled);
		showProjectSpecific();
	}

	public SeverityTable table() {
		return table;
	}

	private void showProjectSpecific() {
		boolean enabled = projectSpecific.getSelection();
		table.setEnabled(enabled);
		if (!enabled) {
			table.setSeverities(WorkspaceSeverities.all());
		}
	}

	@Override
	protected void performDefaults() {
		setProjectSpecific(false);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			ProjectSeverities.set(project(), projectSpecific.getSelection() ? linesToKeep() : Map.of(), null);
			return true;
		} catch (CoreException e) {
			ProposalUiPlugin.log("Could not save the check severities of " + project().getName(), e);
			setErrorMessage("Could not save " + ProposalsProperties.FILE_NAME + ": " + e.getMessage());
			return false;
		}
	}

	/**
	 * The checks the file has to set: those whose severity differs from what the workbench or the command line would
	 * use without a line, and those the file sets already.
	 */
	private Map<PaperCheck, String> linesToKeep() {
		Map<PaperCheck, String> workspace = WorkspaceSeverities.all();
		Map<PaperCheck, String> lines = new LinkedHashMap<>();
		table.severities().forEach((check, severity) -> {
			if (inFile.containsKey(check) || !severity.equals(workspace.get(check))
					|| !severity.equals(WorkspaceSeverities.defaultOf(check))) {
				lines.put(check, severity);
			}
		});
		return lines;
	}

	private IProject project() {
		return Adapters.adapt(getElement(), IProject.class);
	}
}
