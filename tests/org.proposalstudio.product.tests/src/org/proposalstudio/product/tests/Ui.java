package org.proposalstudio.product.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The test runtime's workbench, seen from its UI thread. */
final class Ui {

	/** Generous: the first start builds the example project, and CI machines are slow and shared. */
	private static final Duration PATIENCE = Duration.ofMinutes(2);

	private Ui() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Runs the event loop until {@code condition} holds, so that what the condition waits for can happen. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting for " + what);
			}
			// wakes the UI thread at least every 100 ms to look again
			display.timerExec(100, () -> {
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}
}
