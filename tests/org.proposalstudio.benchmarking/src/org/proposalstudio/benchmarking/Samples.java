package org.proposalstudio.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Durations measured over the iterations of a case, such as the wall times of one stage, and their summary in milliseconds. */
public final class Samples {

	private final List<Long> nanos = new ArrayList<>();

	public void add(long elapsedNanos) {
		nanos.add(elapsedNanos);
	}

	public int size() {
		return nanos.size();
	}

	/** The middle sample; with an even number of samples, the mean of the two middle ones. */
	public double median() {
		List<Long> sorted = sorted();
		int n = sorted.size();
		return millis(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
	}

	/** The 90th percentile by nearest rank. */
	public double p90() {
		return percentile(90);
	}

	/** A percentile by nearest rank: the smallest sample that at least {@code percent}% of the samples do not exceed. */
	public double percentile(double percent) {
		List<Long> sorted = sorted();
		return millis(sorted.get(Math.max(0, (int) Math.ceil(percent / 100 * sorted.size()) - 1)));
	}

	public double min() {
		return millis(sorted().get(0));
	}

	public double max() {
		List<Long> sorted = sorted();
		return millis(sorted.get(sorted.size() - 1));
	}

	/** How many samples are longer than {@code millis}. */
	public long countAbove(double millis) {
		return nanos.stream().filter(sample -> millis(sample) > millis).count();
	}

	/** Median, p90, min and max as cells of a Markdown table. */
	public String cells() {
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
	public static String format(double millis) {
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
