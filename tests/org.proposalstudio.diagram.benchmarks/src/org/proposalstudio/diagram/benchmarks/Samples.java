package org.proposalstudio.diagram.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The wall times of one stage over the measured iterations of a case, and their summary in milliseconds. */
final class Samples {

	private final List<Long> nanos = new ArrayList<>();

	void add(long elapsedNanos) {
		nanos.add(elapsedNanos);
	}

	int size() {
		return nanos.size();
	}

	/** The middle sample; with an even number of samples, the mean of the two middle ones. */
	double median() {
		List<Long> sorted = sorted();
		int n = sorted.size();
		return millis(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
	}

	/** The 90th percentile by nearest rank: the smallest sample that at least 90% of the samples do not exceed. */
	double p90() {
		List<Long> sorted = sorted();
		return millis(sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1));
	}

	double min() {
		return millis(sorted().get(0));
	}

	double max() {
		List<Long> sorted = sorted();
		return millis(sorted.get(sorted.size() - 1));
	}

	/** Median, p90, min and max as cells of a Markdown table. */
	String cells() {
		return format(median()) + " | " + format(p90()) + " | " + format(min()) + " | " + format(max());
	}

	private List<Long> sorted() {
		if (nanos.isEmpty()) {
			throw new IllegalStateException("no measured iterations");
		}
		return nanos.stream().sorted().toList();
	}

	private static double millis(double nanos) {
		return nanos / 1e6;
	}

	/** Milliseconds with a precision that suits their size: 0.042, 1.23, 45.6, 1234. */
	static String format(double millis) {
		if (millis < 1) {
			return String.format(Locale.ROOT, "%.3f", millis);
		}
		if (millis < 10) {
			return String.format(Locale.ROOT, "%.2f", millis);
		}
		if (millis < 100) {
			return String.format(Locale.ROOT, "%.1f", millis);
		}
		return String.format(Locale.ROOT, "%.0f", millis);
	}
}
