package org.proposalstudio.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.ui.DiagramView;
import org.proposalstudio.examples.Examples;
import org.proposalstudio.product.ProposalPerspective;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.tests.Screenshots;
import org.proposalstudio.ui.tests.Workbench;

/**
 * Proposal Studio as a person sees it: the paper's proposals in the Proposal Studio perspective, §3 in the editor with
 * its Outline, its Problems and its oversight figure in the Proposal Diagram. Saved as
 * target/screenshots/proposal-studio.png for a developer to look at; docs/images/proposal-studio.png is a copy.
 */
class WorkbenchScreenshotTest {

	private static final String FILE = "s03-imitative-amplification-intermittent-oversight.proposal";

	private IProject project;
	private IPerspectiveDescriptor perspectiveBefore;

	@AfterEach
	void restoreThePerspectiveAndDeleteTheProject() throws Exception {
		Workbench.page().setPerspective(perspectiveBefore);
		Workbench.cleanUp(project);
	}

	@Test
	void theWorkbenchWithEditorOutlineProblemsAndDiagram() throws Exception {
		project = Workbench.project("paper-proposals");
		for (String path : Examples.paperProposals()) {
			try (InputStream content = Examples.open(path)) {
				Workbench.file(project, path, new String(content.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		Screenshots.roomyWindow();
		IWorkbenchPage page = Workbench.page();
		perspectiveBefore = page.getPerspective();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ProposalPerspective.ID));
		page.resetPerspective();
		IFile file = project.getFile(FILE);
		ProposalEditor editor = (ProposalEditor) IDE.openEditor(page, file, ProposalEditor.ID);
		DiagramView diagram = (DiagramView) page.showView(DiagramView.ID);
		page.showView(IPageLayout.ID_OUTLINE);
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Workbench.waitUntil("the markers of §3", () -> !Workbench.checksOf(file).isEmpty());
		Workbench.waitUntil("the figure drawn", () -> diagram.drawing() != null);
		diagram.showFigure("ImitativeAmplificationIntermittentOversight-intermittentOversightFigure");
		Workbench.waitUntil("the oversight figure", () -> diagram.drawing().title().startsWith("Imitative amplification + intermittent"));
		// the view remembers its theme: the picture should not depend on what other tests chose
		diagram.setTheme(Theme.LIGHT);
		Workbench.waitUntil("the light theme", () -> Theme.LIGHT.background().equals(diagram.drawing().background()));
		diagram.fitToView();
		page.activate(editor);
		editor.selectAndReveal(editor.getDocumentProvider().getDocument(editor.getEditorInput()).get().indexOf("oversight intermittentOversight"),
				0);
		Workbench.waitUntil("the oversight highlighted in the figure", () -> !diagram.highlighted().isEmpty());
		Shell shell = page.getWorkbenchWindow().getShell();
		// the picture shows the whole project's problems, not those of the files built so far
		Workbench.waitUntil("the project built", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Stream.of(markers()).map(IMarker::getResource).distinct().count() > 1);
		Workbench.waitUntil("the Problems view's groups open, with every warning",
				() -> problemGroupsExpanded(shell, "Warnings (" + Stream.of(markers())
						.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING).count() + " items)"));

		Screenshots.take("proposal-studio");
		assertTrue(Files.size(Path.of("target", "screenshots", "proposal-studio.png")) > 10_000, "a picture, not an empty one");
	}

	private IMarker[] markers() {
		try {
			return project.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Opens the Problems view's groups (errors, warnings, infos), so that the picture shows the problems themselves; true
	 * once the view lists a group labelled {@code group}, which it does a moment after the markers change. (Its tree is
	 * virtual: the problems get their text as they are painted.)
	 */
	private static boolean problemGroupsExpanded(Composite parent, String group) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && Stream.of(tree.getItems()).anyMatch(item -> item.getText().equals(group))) {
				for (TreeItem item : tree.getItems()) {
					item.setExpanded(true);
				}
				return true;
			}
			if (child instanceof Composite composite && problemGroupsExpanded(composite, group)) {
				return true;
			}
		}
		return false;
	}
}
