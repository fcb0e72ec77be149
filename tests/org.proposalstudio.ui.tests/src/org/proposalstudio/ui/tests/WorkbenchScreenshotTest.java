package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.editor.outline.ProposalOutlinePage;

/**
 * The workbench as a person sees it, with a proposal open, the Outline and the Problems view: saved as
 * target/screenshots/proposal-editor.png to be looked at.
 */
class WorkbenchScreenshotTest {

	private IProject project;

	@AfterEach
	void closeEditorsAndDeleteTheProject() throws Exception {
		Workbench.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void theEditorWithOutlineAndProblems() throws Exception {
		project = Editors.examplesProject("screenshot");
		Shell shell = Workbench.page().getWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getBounds());
		IFile file = project.getFile("s03-imitative-amplification-intermittent-oversight.proposal");
		ProposalEditor editor = Editors.open(file);
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Workbench.page().activate(editor);
		ProposalOutlinePage outline = (ProposalOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil("the outline and the markers", () -> !outline.roots().isEmpty() && !Workbench.checksOf(file).isEmpty());
		editor.selectAndReveal(Editors.offsetOf(editor, "intermittentOversight:"), "intermittentOversight".length());
		Workbench.waitUntil("the Problems view to refresh", new Pause(1500)::over);
		expandProblemGroups(shell);
		Workbench.waitUntil("the Problems view to draw", new Pause(300)::over);

		Path png = Path.of("target", "screenshots", "proposal-editor.png");
		Files.createDirectories(png.getParent());
		save(shell, png);
		assertTrue(Files.size(png) > 10_000, "a picture of the workbench, not an empty one");
	}

	/** Opens the Problems view's groups (errors, warnings, infos), so that the picture shows the problems. */
	private static void expandProblemGroups(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Errors (")) {
				for (TreeItem group : tree.getItems()) {
					group.setExpanded(true);
				}
			} else if (child instanceof Composite composite) {
				expandProblemGroups(composite);
			}
		}
	}

	private static void save(Shell shell, Path png) {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Lets the UI run for a while, for views that refresh on a timer of their own. */
	private record Pause(long until) {
		Pause(int millis) {
			this(System.currentTimeMillis() + millis);
		}

		boolean over() {
			return System.currentTimeMillis() > until;
		}
	}
}
