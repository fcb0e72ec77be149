package org.proposalstudio.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.proposalstudio.ui.builder.ProposalMarkers;

/**
 * What the UI tests do in the running workbench: projects and files, waiting for the UI, reading markers. The tests of
 * other workbench bundles use it too.
 */
public final class Workbench {

	public static final Duration PATIENCE = Duration.ofSeconds(30);

	private Workbench() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	public static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	public static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		return file;
	}

	/** Closes the views and every editor, then deletes the project: what a test leaves behind. */
	public static void cleanUp(IProject project, IViewPart... views) throws CoreException {
		for (IViewPart view : views) {
			page().hideView(view);
		}
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	/** Keeps the UI responsive until {@code condition} holds; fails after {@link #PATIENCE}. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting for " + what);
			}
			display.timerExec(50, () -> {
				// wakes the sleeping UI thread to look again
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** The check ids of the file's proposal markers, sorted. */
	public static List<String> checksOf(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.map(marker -> marker.getAttribute(ProposalMarkers.CHECK, "?") + "@" + severity(marker)).sorted().toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String severity(IMarker marker) {
		return switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
		case IMarker.SEVERITY_ERROR -> "error";
		case IMarker.SEVERITY_WARNING -> "warning";
		default -> "info";
		};
	}
}
