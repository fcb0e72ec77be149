package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.wizards.NewProposalFilePage;
import org.proposalstudio.ui.wizards.NewProposalWizard;
import org.proposalstudio.ui.wizards.ProposalTemplate;

/** File > New > Proposal: every template gives a proposal that validates in the project it is created in. */
class NewProposalWizardTest {

	private IProject project;
	private WizardDialog dialog;

	@AfterEach
	void closeEverythingAndDeleteTheProject() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	/** 0 is the skeleton, 1 to 11 the paper's proposals in the paper's order. */
	static IntStream templates() {
		return IntStream.range(0, 12);
	}

	@ParameterizedTest
	@MethodSource("templates")
	void everyTemplateGivesAProposalWithoutErrorsInAFreshProject(int index) throws Exception {
		project = Workbench.project("fresh" + index);
		NewProposalFilePage page = open(project);
		assertEquals(12, page.templates().size(), "the skeleton and the paper's eleven proposals");
		ProposalTemplate template = page.templates().get(index);
		page.setTemplate(template);
		page.setFileName("my idea.proposal");
		assertTrue(dialog.getCurrentPage().isPageComplete(), page.getErrorMessage());
		assertTrue(dialog.getCurrentPage().getWizard().performFinish());
		Wizards.build(project);

		IFile file = project.getFile("my idea.proposal");
		String text = Files.readString(file.getLocation().toFile().toPath());
		assertTrue(text.contains("proposal MyIdea "), text);
		assertTrue(project.hasNature(ProposalNature.ID));
		assertEquals(template.ancestors().size() + 1, proposalFiles().size(), "the file and the proposals it extends");
		assertEquals(List.of(), errorsIn(project), template.label());
		if (template.isSkeleton()) {
			assertTrue(text.contains("proposal MyIdea \"My idea\" {"), text);
			assertEquals(List.of(), Workbench.checksOf(file), "the skeleton is a complete argument: nothing to report");
		}
		IEditorPart editor = Workbench.page().getActiveEditor();
		assertTrue(editor instanceof ProposalEditor && file.equals(ResourceUtil.getFile(editor.getEditorInput())));
	}

	@Test
	void aProposalTheProjectHasAlreadyIsNotBroughtAgain() throws Exception {
		project = Workbench.project("withSection3");
		Workbench.file(project, "mine.proposal",
				Files.readString(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal")));
		NewProposalFilePage page = open(project);
		ProposalTemplate section4 = page.templates().stream().filter(template -> template.label().startsWith("§4 ")).findFirst()
				.orElseThrow();
		page.setTemplate(section4);
		page.setFileName("variant.proposal");
		assertEquals(List.of(), page.ancestorsToAdd());
		assertNull(page.getMessage());
		assertTrue(dialog.getCurrentPage().getWizard().performFinish());
		Wizards.build(project);
		assertEquals(2, proposalFiles().size());
		assertEquals(List.of(), errorsIn(project));
	}

	@Test
	void theProposalsNameMustBeFreeInTheProject() throws Exception {
		project = Workbench.project("taken");
		Workbench.file(project, "other.proposal", """
				proposal MyIdea {
				}
				""");
		NewProposalFilePage page = open(project);
		page.setFileName("my-idea.proposal");
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().contains("has a proposal named 'MyIdea' already"), page.getErrorMessage());
		page.setFileName("--.proposal");
		assertFalse(page.isPageComplete());
		page.setFileName("2nd-idea.proposal");
		assertTrue(page.isPageComplete(), page.getErrorMessage());
	}

	@Test
	void aFileNameGivesTheProposalsNameAndTitle() {
		assertEquals("MyFirstProposal", ProposalTemplate.nameFor("my-first proposal.proposal"));
		assertEquals("My first proposal", ProposalTemplate.titleFor("my-first proposal.proposal"));
		assertEquals("P11Proposals", ProposalTemplate.nameFor("11-proposals.proposal"));
		assertEquals("AmplificationΠ", ProposalTemplate.nameFor("amplification π.proposal"));
		assertNull(ProposalTemplate.nameFor("++.proposal"));
	}

	private NewProposalFilePage open(IProject target) {
		dialog = Wizards.dialogFor(new NewProposalWizard(), new StructuredSelection(target));
		NewProposalFilePage page = (NewProposalFilePage) dialog.getCurrentPage();
		assertEquals(target.getFullPath(), page.getContainerFullPath(), "the selection is where the file goes");
		return page;
	}

	private List<IResource> proposalFiles() throws Exception {
		return Arrays.stream(project.members()).filter(member -> "proposal".equals(member.getFileExtension())).toList();
	}

	private static List<String> errorsIn(IProject project) throws Exception {
		return Arrays.stream(project.findMarkers(ProposalMarkers.TYPE, true, IResource.DEPTH_INFINITE))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(marker -> marker.getResource().getName() + ": " + marker.getAttribute(IMarker.MESSAGE, "")).toList();
	}
}
