package org.proposalstudio.ui.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** The name and location of a new proposal project, and whether it starts with the repository's examples. */
public class NewProposalProjectPage extends WizardNewProjectCreationPage {

	private Button examples;

	public NewProposalProjectPage() {
		super("newProposalProject");
		setTitle("Proposal Project");
		setDescription("Create a project whose proposal files are checked as you save them.");
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		Group content = new Group((Composite) getControl(), SWT.NONE);
		content.setText("Content");
		GridLayoutFactory.swtDefaults().applyTo(content);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(content);
		examples = new Button(content, SWT.CHECK);
		examples.setText("Add the examples: the paper's eleven proposals, one flawed proposal per check (in flawed/),\n"
				+ "proposals.properties with every check and its default severity, and a README");
	}

	public boolean addsExamples() {
		return examples.getSelection();
	}

	/** Chooses whether the examples come along, as the check box does. */
	public void setAddsExamples(boolean add) {
		examples.setSelection(add);
	}
}
