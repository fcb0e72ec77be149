package org.proposalstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.proposalstudio.examples.Examples;
import org.proposalstudio.product.ExampleProject;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;

/**
 * The first start of the product, in a workbench branded as the product whose workspace starts empty; then the cases
 * where the example project must not be created.
 */
@TestMethodOrder(OrderAnnotation.class)
class FirstStartTest {

	private static final IWorkspaceRoot ROOT = ResourcesPlugin.getWorkspace().getRoot();

	@AfterEach
	void emptyTheWorkspace() throws CoreException {
		Ui.sync(() -> Ui.page().closeAllEditors(false));
		for (IProject project : ROOT.getProjects()) {
			project.delete(true, true, null);
		}
	}

	/** Runs first: it checks what the product did when this test runtime's workbench started on an empty workspace. */
	@Test
	@Order(1)
	void theFirstStartCreatesTheExampleProjectAndOpensTheRunningExample() throws Exception {
		IProject project = ROOT.getProject(ExampleProject.NAME);
		IFile runningExample = project.getFile(ExampleProject.FIRST_PROPOSAL);
		Ui.waitUntil("the running example in an editor",
				() -> Ui.sync(() -> Ui.page().findEditor(new FileEditorInput(runningExample)) != null));

		assertTrue(project.hasNature(ProposalNature.ID), "the example project has no proposal nature");
		assertEquals(Examples.paths(), filesOf(project));
		for (String path : Examples.paths()) {
			try (InputStream example = Examples.open(path); InputStream copy = project.getFile(path).getContents()) {
				assertArrayEquals(example.readAllBytes(), copy.readAllBytes(), path);
			}
		}
		// the project was built before the editor opened: every deliberately flawed example is marked
		for (String path : Examples.paths()) {
			if (path.startsWith("flawed/")) {
				assertNotEquals(0, project.getFile(path).findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO).length, path);
			}
		}
	}

	@Test
	void anEmptyWorkspaceGetsTheExampleProject() throws CoreException {
		Optional<IProject> created = ExampleProject.createInEmptyWorkspace(ROOT.getWorkspace(), null);

		assertEquals(Optional.of(ROOT.getProject(ExampleProject.NAME)), created);
		assertEquals(Examples.paths(), filesOf(created.get()));
	}

	@Test
	void aWorkspaceWithAProjectIsLeftAlone() throws CoreException {
		IProject own = ROOT.getProject("own");
		own.create(null);

		assertEquals(Optional.empty(), ExampleProject.createInEmptyWorkspace(ROOT.getWorkspace(), null));
		assertArrayEquals(new IProject[] { own }, ROOT.getProjects());
	}

	/** A folder of that name left on disk, e.g. by a project deleted from the workspace only, is somebody's work. */
	@Test
	void aFolderInTheWayIsLeftAlone() throws Exception {
		Path folder = ROOT.getLocation().append(ExampleProject.NAME).toPath();
		Path notes = Files.createDirectories(folder).resolve(ExampleProject.FIRST_PROPOSAL);
		Files.writeString(notes, "my own notes");
		try {
			assertEquals(Optional.empty(), ExampleProject.createInEmptyWorkspace(ROOT.getWorkspace(), null));
			assertEquals(0, ROOT.getProjects().length);
			assertEquals("my own notes", Files.readString(notes, StandardCharsets.UTF_8));
		} finally {
			Files.delete(notes);
			Files.delete(folder);
		}
	}

	/** The project's files, as paths relative to it and sorted like {@link Examples#paths()}; Eclipse's own left out. */
	private static List<String> filesOf(IProject project) throws CoreException {
		List<String> files = new ArrayList<>();
		project.accept(resource -> {
			if (resource.getType() == IResource.FILE && !resource.getName().equals(".project")) {
				files.add(resource.getProjectRelativePath().toString());
			}
			return !resource.getName().equals(".settings");
		});
		files.sort(null);
		return files;
	}
}
