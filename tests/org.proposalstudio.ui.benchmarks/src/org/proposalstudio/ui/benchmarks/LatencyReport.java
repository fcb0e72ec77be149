package org.proposalstudio.ui.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.proposalstudio.benchmarking.LargeProposalFile;
import org.proposalstudio.benchmarking.Machine;
import org.proposalstudio.benchmarking.Samples;

/** The editor latency benchmark's findings as Markdown, with the targets of issue 4 §7 beside them. */
final class LatencyReport {

	/** Targets, in ms: p95 of keystroke to markers and to diagram, and the longest the UI thread may be kept busy. */
	static final double MARKERS_P95 = 100;
	static final double DIAGRAM_P95 = 300;
	static final double UI_BLOCK_MAX = 50;

	private final String loadAtStart;
	private final List<String> setup = new ArrayList<>();
	private final List<String> paced = new ArrayList<>();
	private final List<String> uiThread = new ArrayList<>();
	private final List<String> bursts = new ArrayList<>();

	LatencyReport(String loadAtStart) {
		this.loadAtStart = loadAtStart;
	}

	void file(String text, String figure, List<String> checks) {
		long proposals = text.lines().filter(line -> line.startsWith("proposal ")).count();
		setup.add("The file: " + LargeProposalFile.lineCount(text) + " lines, the eleven proposals of `examples/` over and over with "
				+ "their names numbered (" + proposals + " proposals); its diagnostics: " + describe(checks) + ". It is open in the "
				+ "proposal editor, in a workbench window of 1270 × 940 pixels laid out as the Proposal Studio perspective; the "
				+ "Proposal Diagram view beside the editor shows `" + figure + "`.");
		setup.add("");
		setup.add("Keystrokes are key events posted with SWT's `Display.post` (a key press and a key release), which GTK "
				+ "dispatches to the editor's text widget as it does typed keys. A keystroke's time is taken when the benchmark "
				+ "asks for it, before the UI thread posts it; a keystroke the UI thread is too busy to post waits, as a "
				+ "typed key waits in the event queue.");
	}

	void paced(int warmup, int measured, List<String> asWritten, List<String> broken, Samples toText, Samples toMarkers,
			Samples breakingToDiagram, Samples repairingToDiagram, Samples uiLateness) {
		paced.add(warmup + " warm-up and " + measured + " measured keystrokes, one at a time, in the figure's proposal: an `s` "
				+ "typed after `relies on rat` in its inner alignment argument, which breaks the reference to the oversight, "
				+ "and a BackSpace that repairs it. Breaking it adds " + describe(difference(broken, asWritten)) + " to the file's "
				+ "markers, and the diagram view keeps its drawing, marked as out of date; repairing it takes the markers "
				+ "away, and the view draws the figure again. After each keystroke the workbench is left to settle (its jobs "
				+ "done, then " + EditorLatencyBenchmark.QUIET_MILLIS + " ms) before the next one. Times in ms.");
		paced.add("");
		paced.add("| from the keystroke to | samples | median | p95 | max | target | met |");
		paced.add("|---|--:|--:|--:|--:|---|:-:|");
		paced.add(row("the text changed in the editor's document", toText));
		paced.add(row("the file's markers changed (the marker delta arrives)", toMarkers, MARKERS_P95));
		paced.add(row("breaking: the diagram view has painted its drawing as out of date", breakingToDiagram, DIAGRAM_P95));
		paced.add(row("repairing: the diagram view has painted the new drawing", repairingToDiagram, DIAGRAM_P95));
		paced.add("");
		missing("markers", measured, toMarkers.size());
		missing("diagram", measured, breakingToDiagram.size() + repairingToDiagram.size());
		uiThread.add("| UI thread, while | pings | median | p99 | max | pings later than " + ms(UI_BLOCK_MAX) + " | target | met |");
		uiThread.add("|---|--:|--:|--:|--:|--:|---|:-:|");
		uiThread.add(uiRow("typing one key at a time (warm-up excluded, settling included)", uiLateness));
	}

	void bursts(int count, String text, long intervalMillis, Samples toText, Samples uiLateness) {
		bursts.add(count + " bursts in the same proposal: \"" + text + "\" (" + text.length() + " keystrokes, " + intervalMillis
				+ " ms apart) typed into the text of its inner alignment argument, then as many BackSpaces, the workbench left to "
				+ "settle after each.");
		bursts.add("");
		bursts.add("| from the keystroke to | samples | median | p95 | max | target | met |");
		bursts.add("|---|--:|--:|--:|--:|---|:-:|");
		bursts.add(row("the text changed in the editor's document", toText));
		uiThread.add(uiRow("typing in bursts (settling included)", uiLateness));
	}

	Path write(Path file, String loadAtEnd) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# Editor latency, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		lines.add("");
		Machine.description().forEach(line -> lines.add("- " + line));
		lines.add("- load average (1 / 5 / 15 min) at the start: " + loadAtStart + ", at the end: " + loadAtEnd);
		lines.add("");
		lines.addAll(setup);
		lines.add("");
		lines.add("## One keystroke at a time");
		lines.add("");
		lines.addAll(paced);
		lines.add("## Typing fast");
		lines.add("");
		lines.addAll(bursts);
		lines.add("");
		lines.add("## The UI thread");
		lines.add("");
		lines.add("A thread asks the UI thread every " + UiThreadWatchdog.PERIOD_MILLIS + " ms to run an empty task (one pending at a "
				+ "time) and records how late it runs: a ping is as late as the UI thread was busy. Times in ms.");
		lines.add("");
		lines.addAll(uiThread);
		lines.add("");
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, lines);
		return file;
	}

	private void missing(String what, int measured, int arrived) {
		if (arrived < measured) {
			paced.add("**" + (measured - arrived) + " of " + measured + " keystrokes did not reach the " + what + "** (not within "
					+ EditorLatencyBenchmark.PATIENCE.toSeconds() + " s); they are left out of the table.");
			paced.add("");
		}
	}

	private static String row(String what, Samples samples) {
		return cells(what, samples) + " | | |";
	}

	private static String row(String what, Samples samples, double p95Target) {
		boolean met = samples.size() > 0 && samples.percentile(95) < p95Target;
		return cells(what, samples) + " | p95 under " + ms(p95Target) + " | " + (met ? "yes" : "no") + " |";
	}

	/** The first cells of a row: what, how many samples, their median, p95 and maximum. */
	private static String cells(String what, Samples samples) {
		if (samples.size() == 0) {
			return "| " + what + " | 0 | | |";
		}
		return "| " + what + " | " + samples.size() + " | " + Samples.format(samples.median()) + " | " + Samples.format(samples.percentile(95))
				+ " | " + Samples.format(samples.max());
	}

	private static String uiRow(String what, Samples lateness) {
		long late = lateness.countAbove(UI_BLOCK_MAX);
		return "| " + what + " | " + lateness.size() + " | " + Samples.format(lateness.median()) + " | " + Samples.format(lateness.percentile(99))
				+ " | " + Samples.format(lateness.max()) + " | " + late + " | never busy over " + ms(UI_BLOCK_MAX) + " | "
				+ (late == 0 ? "yes" : "no") + " |";
	}

	/** Check ids with their severities counted, e.g. "2 × nothing-deployed (error), 1 × overseer-weaker (warning)". */
	static String describe(List<String> checks) {
		if (checks.isEmpty()) {
			return "none";
		}
		Map<String, Long> counted = checks.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
		return counted.entrySet().stream().map(entry -> entry.getValue() + " × " + entry.getKey().replaceFirst("@(\\w+)$", " ($1)"))
				.collect(Collectors.joining(", "));
	}

	/** What {@code more} has beyond {@code fewer}, counting repeats. */
	private static List<String> difference(List<String> more, List<String> fewer) {
		List<String> rest = new ArrayList<>(more);
		fewer.forEach(rest::remove);
		return rest;
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%.0f ms", millis);
	}
}
