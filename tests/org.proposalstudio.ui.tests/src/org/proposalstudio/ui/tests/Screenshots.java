package org.proposalstudio.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Pictures of the workbench as a person sees it, written to {@code target/screenshots/} of this bundle for a developer
 * to look at; nothing asserts on them.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Gives the workbench window a size a person would work at, so that the pictures show the views at ease. */
	public static void roomyWindow() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		// within Xvfb's default screen, 1280 by 1024
		shell.setBounds(0, 0, 1270, 940);
	}

	/** Takes a picture of the workbench window as it is on screen. */
	public static void take(String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		// GTK paints on its own frame clock: give it a moment to put on screen what was redrawn
		long until = System.nanoTime() + 700_000_000L;
		while (System.nanoTime() < until) {
			if (!shell.getDisplay().readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
