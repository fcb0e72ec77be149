package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.StreamSupport;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * Quick fixes of the mechanical gaps, from a marker (the Problems view) and in the editor (Ctrl+1): applied, the
 * diagnostic goes away and the file still parses.
 */
class QuickFixTest {

	@RegisterExtension
	final TestProject project = new TestProject("quick-fix");

	@ParameterizedTest
	@ValueSource(strings = { "missing-inner-alignment", "missing-component", "missing-limit", "oversight-without-condition",
			"oversight-overfitting" })
	void theMarkersFixRemovesItsDiagnosticAndSavesAFileThatParses(String checkId) throws Exception {
		IFile file = project.example("flawed/" + checkId + ".proposal", "flawed.proposal");
		ProposalNature.addTo(project.project());
		IMarker marker = awaitMarker(file, checkId);

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, fixes.length, Arrays.toString(fixes));
		String before = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		fixes[0].run(marker);

		assertNotEquals(before, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8), "the file is saved");
		Workbench.waitUntil("the " + checkId + " marker to go",
				() -> Workbench.checksOf(file).stream().noneMatch(check -> check.startsWith(checkId + "@")));
		assertFalse(Workbench.checksOf(file).stream().anyMatch(check -> check.startsWith("syntax@")), Workbench.checksOf(file).toString());
	}

	@Test
	void ctrl1InTheEditorFixesTheProblemOnTheCaretsLine() throws Exception {
		IFile file = project.example("flawed/missing-limit.proposal", "flawed.proposal");
		ProposalEditor editor = Editors.open(file);
		awaitMarker(file, "missing-limit");

		int offset = Editors.offsetOf(editor, "proposal FlawedNoLimit") + "proposal ".length();
		IQuickAssistProcessor quickAssist = editor.configuration().getQuickAssistAssistant(editor.viewer()).getQuickAssistProcessor();
		TextInvocationContext atTheName = new TextInvocationContext(editor.viewer(), offset, 0);
		// the editor's annotations follow the file's markers a moment after they change
		Workbench.waitUntil("the problem in the editor", () -> quickAssist.computeQuickAssistProposals(atTheName).length > 0);
		Iterable<Annotation> annotations = editor.viewer().getAnnotationModel()::getAnnotationIterator;
		assertTrue(StreamSupport.stream(annotations.spliterator(), false).anyMatch(
				annotation -> annotation instanceof MarkerAnnotation && quickAssist.canFix(annotation)), "the ruler offers the fix");
		ICompletionProposal[] proposals = quickAssist.computeQuickAssistProposals(atTheName);
		assertEquals(1, proposals.length);
		assertEquals("Declare the theoretical limit", proposals[0].getDisplayString());
		proposals[0].apply(editor.document());

		assertTrue(editor.document().get().contains("\tlimit hch: HCH of Amp(M)\n"), editor.document().get());
		assertTrue(editor.isDirty(), "the fix waits in the editor for the author to save it");
		Workbench.waitUntil("the missing-limit marker to go", () -> Workbench.checksOf(file).isEmpty());
	}

	private static IMarker awaitMarker(IFile file, String checkId) throws Exception {
		Workbench.waitUntil("the " + checkId + " marker",
				() -> Workbench.checksOf(file).stream().anyMatch(check -> check.startsWith(checkId + "@")));
		return Arrays.stream(file.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(marker -> checkId.equals(marker.getAttribute(ProposalMarkers.CHECK, ""))).findFirst().orElseThrow();
	}
}
