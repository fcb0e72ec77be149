package org.proposalstudio.ui.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.proposalstudio.benchmarking.Samples;

/**
 * How long the UI thread keeps the workbench from responding: every {@value #PERIOD_MILLIS} ms a thread of its own asks
 * the UI thread to run an empty task ({@link Display#asyncExec}) and records how late it runs. One task is pending at a
 * time, so a stretch of {@code n} ms in which the UI thread is busy shows as one task about {@code n} ms late.
 */
final class UiThreadWatchdog implements AutoCloseable {

	static final long PERIOD_MILLIS = 5;

	private final Display display;
	private final Samples lateness = new Samples();
	private final Thread thread;
	private volatile boolean watching = true;

	private UiThreadWatchdog(Display display) {
		this.display = display;
		this.thread = new Thread(this::watch, "UI thread watchdog");
	}

	static UiThreadWatchdog start(Display display) {
		UiThreadWatchdog watchdog = new UiThreadWatchdog(display);
		watchdog.thread.setDaemon(true);
		watchdog.thread.start();
		return watchdog;
	}

	/** Stops watching; then the lateness of every task that ran, in {@link System#nanoTime()} units. */
	Samples lateness() throws InterruptedException {
		close();
		thread.join();
		return lateness;
	}

	@Override
	public void close() {
		watching = false;
	}

	private void watch() {
		try {
			while (watching && !display.isDisposed()) {
				long[] ranAt = new long[1];
				CountDownLatch ran = new CountDownLatch(1);
				long postedAt = System.nanoTime();
				display.asyncExec(() -> {
					ranAt[0] = System.nanoTime();
					ran.countDown();
				});
				while (!ran.await(PERIOD_MILLIS, TimeUnit.MILLISECONDS)) {
					if (!watching) {
						return;
					}
				}
				lateness.add(ranAt[0] - postedAt);
				Thread.sleep(PERIOD_MILLIS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
