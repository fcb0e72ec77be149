package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.editor.ProposalEditor;

/** What the editor tests share: the repository's examples as a project, proposal editors opened on its files. */
final class Editors {

	private Editors() {
	}

	/** A project holding examples/ as it is in the repository, flawed/ and proposals.properties included. */
	static IProject examplesProject(String name) throws CoreException {
		IProject project = Workbench.project(name);
		try (Stream<Path> files = Files.walk(Examples.folder())) {
			for (Path path : files.filter(Files::isRegularFile).toList()) {
				String relative = Examples.folder().relativize(path).toString();
				if (relative.endsWith(".proposal") || relative.endsWith(".properties")) {
					if (relative.contains("/") && !project.getFolder("flawed").exists()) {
						project.getFolder("flawed").create(true, true, null);
					}
					Workbench.file(project, relative, Files.readString(path));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return project;
	}

	/** Opens the file in a proposal editor and waits for its first reconcile to have drawn the semantic highlighting. */
	static ProposalEditor open(IFile file) throws CoreException {
		ProposalEditor editor = (ProposalEditor) IDE.openEditor(Workbench.page(), file, ProposalEditor.ID);
		Workbench.waitUntil("the first reconcile of " + file.getName(), () -> editor.semanticHighlighter().size() > 0);
		return editor;
	}

	/** Waits until the file's markers are exactly {@code expected}, and fails showing them if they never are. */
	static void awaitChecks(IFile file, List<String> expected) {
		try {
			Workbench.waitUntil("the markers " + expected, () -> Workbench.checksOf(file).equals(expected));
		} catch (AssertionError timedOut) {
			assertEquals(expected, Workbench.checksOf(file), file.getName());
		}
	}

	/** Runs a command of the proposal editor as its key binding would: on the editor, made the active part. */
	static void execute(ProposalEditor editor, String commandId) throws Exception {
		Workbench.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	/** Where {@code text} first occurs in the editor's text. */
	static int offsetOf(ProposalEditor editor, String text) {
		int offset = editor.document().get().indexOf(text);
		assertTrue(offset >= 0, "no '" + text + "' in the editor");
		return offset;
	}
}
