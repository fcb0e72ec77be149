package org.proposalstudio.product.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The test runtime's workbench, seen from the tests' thread: the tests run beside the UI thread (pom.xml), so that the
 * workbench goes on with its first start while a test waits for it.
 */
final class Ui {

	/** Generous: the first start builds the example project, and CI machines are slow and shared. */
	private static final Duration PATIENCE = Duration.ofMinutes(2);

	private Ui() {
	}

	/** What {@code query} returns, asked on the UI thread. */
	static <T> T sync(Supplier<T> query) {
		return PlatformUI.getWorkbench().getDisplay().syncCall(query::get);
	}

	/** The page of the workbench window; call on the UI thread. */
	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Looks again every 100 ms until {@code condition} holds; fails after {@link #PATIENCE}. */
	static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting for " + what);
			}
			Thread.sleep(100);
		}
	}
}
