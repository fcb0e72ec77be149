package org.proposalstudio.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * A project of a test, created when first used; after each test its editors are closed and it is deleted. Register
 * it with {@code @RegisterExtension}.
 */
final class TestProject implements AfterEachCallback {

	private final String name;
	private IProject project;

	TestProject(String name) {
		this.name = name;
	}

	IProject project() throws CoreException {
		if (project == null) {
			project = Workbench.project(name);
		}
		return project;
	}

	IFile file(String path, String text) throws CoreException {
		return Workbench.file(project(), path, text);
	}

	/** A copy of {@code examples/<example>} in the project, under {@code path}. */
	IFile example(String example, String path) throws CoreException {
		try {
			return file(path, Files.readString(Examples.folder().resolve(example)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	ProposalEditor open(String path, String text) throws CoreException {
		return Editors.open(file(path, text));
	}

	/** The paper's §3, the example most tests look at. */
	ProposalEditor openImitativeAmplification() throws CoreException {
		return Editors.open(example("s03-imitative-amplification-intermittent-oversight.proposal", "s03.proposal"));
	}

	@Override
	public void afterEach(ExtensionContext context) throws CoreException {
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
			project = null;
		}
	}
}
