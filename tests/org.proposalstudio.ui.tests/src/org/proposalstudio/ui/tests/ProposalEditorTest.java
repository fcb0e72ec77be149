package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.editor.ProposalEditor;

/** The proposal editor in a running workbench: markers as you type, and the file left as the author wrote it. */
class ProposalEditorTest {

	private IProject project;
	private IFile file;
	private String example;

	@AfterEach
	void closeEditorsAndDeleteTheProject() throws Exception {
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void markersFollowTheTextAsItIsTyped() throws Exception {
		ProposalEditor editor = openTheExampleWithItsMarkers();
		assertEquals(List.of("after-the-fact-detection@warning"), Workbench.checksOf(file));

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int inner = document.get().indexOf("\tinner alignment is");
		int end = document.get().indexOf("\n\n", inner);
		String argument = document.get(inner, end - inner);
		document.replace(inner, argument.length(), "");
		Workbench.waitUntil("the missing inner alignment marker",
				() -> Workbench.checksOf(file).contains("missing-inner-alignment@error"));

		document.replace(inner, 0, argument);
		// the markers are written one at a time: wait for the whole set, not for the first to go
		Workbench.waitUntil("the markers of the restored text", () -> Workbench.checksOf(file).equals(List.of("after-the-fact-detection@warning")));
		assertEquals(example, document.get());
		Workbench.waitUntil("the proposal nature, which opening a proposal gives its project", () -> hasProposalNature(project));
	}

	@Test
	void aMarkerThatStillHoldsStaysAndFollowsTheText() throws Exception {
		ProposalEditor editor = openTheExampleWithItsMarkers();
		IMarker marker = file.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO)[0];
		// the editor's annotations, which carry a marker along as the text moves, follow the markers a moment later
		AbstractMarkerAnnotationModel annotations = (AbstractMarkerAnnotationModel) editor.getDocumentProvider()
				.getAnnotationModel(editor.getEditorInput());
		Workbench.waitUntil("the marker in the editor", () -> annotations.getMarkerPosition(marker) != null);
		int offset = ProposalMarkers.positionOf(marker).getOffset();
		// only a reconcile of the typed text counts, not one still under way from the opening
		AtomicBoolean reconciled = new AtomicBoolean();
		editor.addModelListener(changed -> reconciled.set(editor.model().read(models -> textOf(editor).startsWith(" "))));

		editor.document().replace(0, 0, " ");
		Workbench.waitUntil("the typed text reconciled", reconciled::get);
		assertTrue(marker.exists(), "the marker, which still holds, stays");
		assertEquals(offset + 1, ProposalMarkers.positionOf(marker).getOffset(), "where the text has moved it");
	}

	@Test
	void aFileThatBuildsOnAnotherFollowsItsEditsBeforeTheyAreSaved() throws Exception {
		project = Workbench.project("dependencies");
		IFile base = Workbench.file(project, "base.proposal", """
				proposal Base {
					human H
					model M
					amplified Amp(M) = H consulting M
					signal loss: imitation trains M from Amp(M)
					oversight rat: Amp(M) oversees M continuously checking per-step-myopia
						mitigating overfitting "held-out tools"
					limit hch: HCH of Amp(M)
					deploy M
					outer alignment is uncertain relies on hch "a"
					inner alignment is uncertain relies on rat "b"
					training competitiveness is uncertain "c"
					performance competitiveness is uncertain "d"
				}
				""");
		file = Workbench.file(project, "extension.proposal", "proposal Extension extends Base {\n}\n");
		ProposalEditor baseEditor = Editors.open(base);
		ProposalEditor extension = Editors.open(file);
		Editors.awaitChecks(file, List.of());
		AtomicBoolean redrawn = new AtomicBoolean();
		extension.addModelListener(changed -> redrawn.set(true));

		IDocument text = baseEditor.document();
		int inner = text.get().indexOf("\tinner alignment");
		text.replace(inner, text.get().indexOf('\n', inner) + 1 - inner, "");
		Editors.awaitChecks(file, List.of("missing-inner-alignment@error"));
		// the views hear of the new model once the markers are written
		Workbench.waitUntil("the views that follow the extension's editor told", redrawn::get);
		assertTrue(baseEditor.isDirty(), "before the base is saved");
	}

	private static boolean hasProposalNature(IProject project) {
		try {
			return project.hasNature(ProposalNature.ID);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The editor's text as its project model has parsed it. */
	private String textOf(ProposalEditor editor) {
		return Documents.textOf(editor.model().resource(file));
	}

	/** The paper's §3 in a proposal editor, with the markers the builder or the editor puts on it. */
	private ProposalEditor openTheExampleWithItsMarkers() throws Exception {
		project = Workbench.project("typing");
		example = Files.readString(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal"));
		file = Workbench.file(project, "s03.proposal", example);
		ProposalEditor editor = (ProposalEditor) IDE.openEditor(Workbench.page(), file, ProposalEditor.ID);
		Workbench.waitUntil("the example's markers", () -> !Workbench.checksOf(file).isEmpty());
		return editor;
	}
}
