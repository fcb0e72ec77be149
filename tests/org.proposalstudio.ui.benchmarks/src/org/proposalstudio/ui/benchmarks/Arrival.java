package org.proposalstudio.ui.benchmarks;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The moment something awaited first happens once it is armed, in {@link System#nanoTime()}: the probes call
 * {@link #arrive} from whichever thread sees it happen, the benchmark's thread awaits it.
 */
final class Arrival {

	private CountDownLatch latch = new CountDownLatch(0);
	private long nanos;

	/** From now on the next {@link #arrive} counts, and only the first one. */
	synchronized void arm() {
		latch = new CountDownLatch(1);
	}

	synchronized boolean isArmed() {
		return latch.getCount() > 0;
	}

	synchronized void arrive(long at) {
		if (latch.getCount() > 0) {
			nanos = at;
			latch.countDown();
		}
	}

	/** When it happened, or nothing if it has not within {@code patience}. */
	OptionalLong await(Duration patience) throws InterruptedException {
		CountDownLatch awaited;
		synchronized (this) {
			awaited = latch;
		}
		if (!awaited.await(patience.toNanos(), TimeUnit.NANOSECONDS)) {
			return OptionalLong.empty();
		}
		synchronized (this) {
			return OptionalLong.of(nanos);
		}
	}
}
