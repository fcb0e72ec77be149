package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.examples.Examples;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.wizards.NewProposalProjectPage;
import org.proposalstudio.ui.wizards.NewProposalProjectWizard;

/** File > New > Proposal Project: a proposal project, with the examples if asked, checked at once. */
class NewProposalProjectWizardTest {

	private IProject project;
	private WizardDialog dialog;

	@AfterEach
	void deleteTheProject() throws Exception {
		dialog.close();
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
	}

	@Test
	void theExamplesComeAlongAndGetTheirDiagnostics() throws Exception {
		project = finish("examples", true);
		assertTrue(project.hasNature(ProposalNature.ID));
		for (String path : Examples.paths()) {
			assertTrue(project.getFile(path).exists(), path);
		}
		assertMarkers(List.of("oversight-overfitting@info"), "flawed/oversight-overfitting.proposal");
		assertMarkers(List.of("inner-alignment-unsupported@error"), "flawed/inner-alignment-unsupported.proposal");
		assertMarkers(List.of("oversight-overfitting@info"), "s04-imitative-amplification-relaxed-adversarial-training.proposal");
	}

	private void assertMarkers(List<String> expected, String path) {
		IFile file = project.getFile(path);
		Workbench.waitUntil("the markers of " + path, () -> !Workbench.checksOf(file).isEmpty());
		assertEquals(expected, Workbench.checksOf(file));
	}

	@Test
	void withoutTheExamplesTheProjectIsEmpty() throws Exception {
		project = finish("empty", false);
		assertTrue(project.hasNature(ProposalNature.ID));
		assertEquals(List.of(),
				List.of(project.members()).stream().map(IResource::getName).filter(name -> !name.startsWith(".")).toList(),
				"nothing but the project's settings");
	}

	/** The project name field, as a person types into it. */
	private static Text firstText(Composite composite) {
		for (Control child : composite.getChildren()) {
			Text text = child instanceof Text field ? field : child instanceof Composite inner ? firstText(inner) : null;
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private IProject finish(String name, boolean examples) {
		NewProposalProjectWizard wizard = new NewProposalProjectWizard();
		dialog = Wizards.dialogFor(wizard, StructuredSelection.EMPTY);
		NewProposalProjectPage page = wizard.page();
		firstText((Composite) page.getControl()).setText(name);
		page.setAddsExamples(examples);
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		assertTrue(wizard.performFinish());
		return ResourcesPlugin.getWorkspace().getRoot().getProject(name);
	}
}
