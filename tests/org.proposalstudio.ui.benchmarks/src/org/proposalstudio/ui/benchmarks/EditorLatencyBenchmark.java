package org.proposalstudio.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.proposalstudio.benchmarking.LargeProposalFile;
import org.proposalstudio.benchmarking.Machine;
import org.proposalstudio.benchmarking.Samples;
import org.proposalstudio.diagram.ui.DiagramView;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.tests.Workbench;

/**
 * The editor's latency on a large file, in a running workbench laid out as Proposal Studio's perspective: how long a
 * keystroke takes to reach the text, the file's problem markers and the Proposal Diagram view, and how long the UI
 * thread is kept busy meanwhile, for keystrokes one at a time and for fast typing. A benchmark, not a test: it asserts
 * only that it measured what it means to measure, and writes a Markdown report (see docs/benchmarks.md).
 */
class EditorLatencyBenchmark {

	static final String REPORT_PROPERTY = "proposalstudio.benchmark.report";
	static final String KEYSTROKES_PROPERTY = "proposalstudio.benchmark.keystrokes";

	private static final String PERSPECTIVE = "org.proposalstudio.product.perspective";
	private static final int LINES = 2_000;
	/** The copy of the examples whose §9 proposal is typed in and drawn: one in the middle of the file. */
	private static final int EDITED_COPY = 2;
	private static final String EDITED_PROPOSAL = LargeProposalFile.renamed("RecursiveRewardModeling", EDITED_COPY);
	private static final String FIGURE = EDITED_PROPOSAL + "-rrmRat";
	private static final String FIGURE_TITLE = "Recursive reward modeling + relaxed adversarial training";
	/** The reference of the proposal's inner alignment argument to its oversight; a letter typed after it breaks it. */
	private static final String REFERENCE = "relies on rat";
	private static final char BREAKING_KEY = 's';

	private static final int WARMUP_KEYSTROKES = 10;
	private static final int BURSTS = 5;
	private static final String BURST_TEXT = "quick brown fox runs";
	private static final long BURST_INTERVAL_MILLIS = 80;

	static final Duration PATIENCE = Duration.ofSeconds(10);
	private static final Duration SETUP_PATIENCE = Duration.ofMinutes(2);
	/** After the jobs are done, how long the workbench is left alone before the next keystroke. */
	static final long QUIET_MILLIS = 300;

	private final Display display = PlatformUI.getWorkbench().getDisplay();
	private final Keyboard keyboard = new Keyboard(display);
	private IFile file;
	private ProposalEditor editor;
	private DiagramView view;
	private TextProbe textProbe;
	private MarkerProbe markerProbe;
	private DiagramProbe diagramProbe;

	@Test
	void measureKeystrokeToMarkersAndDiagramAndTheUiThread() throws Exception {
		LatencyReport report = new LatencyReport(Machine.load());
		int keystrokes = Integer.getInteger(KEYSTROKES_PROPERTY, 50);
		assertTrue(keystrokes > 0 && keystrokes % 2 == 0, "an even number of keystrokes leaves the text as it was: " + keystrokes);
		IProject project = Workbench.project("latency");
		String text = LargeProposalFile.withAtLeast(Examples.folder(), LINES);
		file = Workbench.file(project, "eleven-proposals-over-and-over.proposal", text);
		openTheEditorAndTheDiagram();
		List<String> asWritten = Workbench.checksOf(file);
		assertTrue(asWritten.stream().noneMatch(check -> check.endsWith("@error")), "the generated file has errors: " + asWritten);
		report.file(text, FIGURE, asWritten);

		try (MarkerProbe markers = new MarkerProbe(file)) {
			markerProbe = markers;
			placeCaret(onUi(() -> editor.document().get().indexOf(REFERENCE, innerAlignmentArgument()) + REFERENCE.length()));
			List<String> broken = learnTheDiagnosticsOfTheBrokenReference(asWritten);
			// the first keystroke broke the reference: the warm-up ends with a BackSpace, the text as written
			for (int warmup = 1; warmup < WARMUP_KEYSTROKES; warmup++) {
				boolean breaking = warmup % 2 == 0;
				pacedKeystroke(breaking, breaking ? broken : asWritten);
			}

			Samples toText = new Samples();
			Samples toMarkers = new Samples();
			Samples breakingToDiagram = new Samples();
			Samples repairingToDiagram = new Samples();
			UiThreadWatchdog watchdog = UiThreadWatchdog.start(display);
			for (int keystroke = 0; keystroke < keystrokes; keystroke++) {
				boolean breaking = keystroke % 2 == 0;
				Keystroke measured = pacedKeystroke(breaking, breaking ? broken : asWritten);
				measured.text().ifPresent(toText::add);
				measured.markers().ifPresent(toMarkers::add);
				measured.diagram().ifPresent((breaking ? breakingToDiagram : repairingToDiagram)::add);
			}
			report.paced(WARMUP_KEYSTROKES, keystrokes, asWritten, broken, toText, toMarkers, breakingToDiagram, repairingToDiagram,
					watchdog.lateness());
		}

		int burstStart = onUi(() -> editor.document().get().indexOf('"', innerAlignmentArgument()) + 1);
		placeCaret(burstStart);
		Samples burstToText = new Samples();
		UiThreadWatchdog watchdog = UiThreadWatchdog.start(display);
		for (int burst = 0; burst < BURSTS; burst++) {
			burst(BURST_TEXT.chars().mapToObj(character -> (char) character).toList(), burstToText);
			burst(BURST_TEXT.chars().mapToObj(character -> Keyboard.BACKSPACE).toList(), burstToText);
		}
		report.bursts(BURSTS, BURST_TEXT, BURST_INTERVAL_MILLIS, burstToText, watchdog.lateness());
		assertEquals(text, onUi(() -> editor.document().get()), "the keystrokes have left the text as it was");

		onUi(() -> Workbench.page().closeAllEditors(false));
		project.delete(true, true, null);
		Path written = report.write(Path.of(System.getProperty(REPORT_PROPERTY, "target/editor-latency.md")), Machine.load());
		System.out.println("The editor latency report: " + written.toAbsolutePath());
	}

	/** What one keystroke took to reach the text, the markers and the diagram, in nanoseconds; empty if it never did. */
	private record Keystroke(OptionalLong text, OptionalLong markers, OptionalLong diagram) {
	}

	/**
	 * Types the breaking key or a BackSpace when the workbench is idle, waits for the markers and the diagram to follow,
	 * and leaves the workbench idle again.
	 */
	private Keystroke pacedKeystroke(boolean breaking, List<String> expectedMarkers) throws Exception {
		Arrival markers = markerProbe.expect(expectedMarkers);
		Arrival diagram = onUi(breaking ? diagramProbe::expectOutOfDate : diagramProbe::expectNewDrawing);
		long pressed = System.nanoTime();
		keyboard.type(breaking ? BREAKING_KEY : Keyboard.BACKSPACE);
		OptionalLong text = since(pressed, textProbe.nextChange(PATIENCE));
		Keystroke keystroke = new Keystroke(text, since(pressed, markers.await(PATIENCE)), since(pressed, diagram.await(PATIENCE)));
		assertTrue(text.isPresent(), "the keystroke did not reach the editor's text: does the editor have the keyboard focus?");
		settle();
		return keystroke;
	}

	/** The first keystroke: the diagnostics of the text with the reference broken, which must differ from those as written. */
	private List<String> learnTheDiagnosticsOfTheBrokenReference(List<String> asWritten) throws Exception {
		Arrival diagram = onUi(diagramProbe::expectOutOfDate);
		keyboard.type(BREAKING_KEY);
		assertTrue(textProbe.nextChange(PATIENCE).isPresent(),
				"the key event did not reach the editor's text: does the editor have the keyboard focus?");
		assertTrue(diagram.await(PATIENCE).isPresent(), "the diagram was not marked as out of date after the keystroke");
		settle();
		List<String> broken = Workbench.checksOf(file);
		assertNotEquals(asWritten, broken, "the keystroke should change the file's diagnostics");
		return broken;
	}

	/** Types the keys {@value #BURST_INTERVAL_MILLIS} ms apart, however busy the workbench is, then lets it settle. */
	private void burst(List<Character> keys, Samples toText) throws Exception {
		long[] pressed = new long[keys.size()];
		long start = System.nanoTime();
		for (int key = 0; key < keys.size(); key++) {
			long due = start + key * BURST_INTERVAL_MILLIS * 1_000_000;
			Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
			pressed[key] = System.nanoTime();
			keyboard.type(keys.get(key));
		}
		for (long at : pressed) {
			OptionalLong changed = since(at, textProbe.nextChange(PATIENCE));
			assertTrue(changed.isPresent(), "a keystroke of the burst did not reach the editor's text");
			toText.add(changed.getAsLong());
		}
		settle();
	}

	private void openTheEditorAndTheDiagram() throws Exception {
		onUi(() -> {
			IWorkbench workbench = PlatformUI.getWorkbench();
			IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
			// a size a person works at, within Xvfb's default screen of 1280 by 1024
			window.getShell().setBounds(0, 0, 1270, 940);
			IWorkbenchPage page = workbench.showPerspective(PERSPECTIVE, window);
			editor = (ProposalEditor) IDE.openEditor(page, file, ProposalEditor.ID);
			view = (DiagramView) page.showView(DiagramView.ID);
			page.activate(editor);
			view.showFigure(FIGURE);
			textProbe = TextProbe.install(editor.document());
			diagramProbe = DiagramProbe.install(view);
			return null;
		});
		await("the figure " + FIGURE + " drawn", () -> view.drawing() != null && view.drawing().title().startsWith(FIGURE_TITLE));
		await("the markers of the file", () -> !Workbench.checksOf(file).isEmpty());
		settle();
		onUi(() -> {
			editor.getSite().getShell().forceActive();
			editor.setFocus();
			return null;
		});
		await("the keyboard focus in the editor", () -> display.getFocusControl() == editor.viewer().getTextWidget());
	}

	private void placeCaret(int offset) throws Exception {
		onUi(() -> {
			editor.selectAndReveal(offset, 0);
			return null;
		});
		settle();
	}

	/** Where the edited proposal's inner alignment argument begins in the editor's text; on the UI thread. */
	private int innerAlignmentArgument() {
		String text = editor.document().get();
		int proposal = text.indexOf("proposal " + EDITED_PROPOSAL + " ");
		assertTrue(proposal >= 0, "no proposal " + EDITED_PROPOSAL + " in the file");
		return text.indexOf("inner alignment is", proposal);
	}

	/** Waits until every job is done (or a while has passed), then leaves the workbench alone for a moment. */
	private void settle() throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!Job.getJobManager().isIdle() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		Thread.sleep(QUIET_MILLIS);
		display.syncExec(() -> {
			// what the UI thread had queued has run
		});
	}

	/**
	 * Asks {@code condition} on the UI thread every 50 ms until it holds; fails after {@link #SETUP_PATIENCE}, saying what
	 * the diagram view and the markers were.
	 */
	private void await(String what, BooleanSupplier condition) throws Exception {
		long deadline = System.nanoTime() + SETUP_PATIENCE.toNanos();
		while (!onUi(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				String situation = onUi(() -> "the diagram view says '" + view.message() + "' and shows "
						+ (view.drawing() == null ? "nothing" : "'" + view.drawing().title() + "'") + "; the markers are " + LatencyReport.describe(Workbench.checksOf(file)));
				throw new AssertionError("gave up waiting for " + what + ": " + situation);
			}
			Thread.sleep(50);
		}
	}

	private <T> T onUi(Callable<T> work) throws Exception {
		return display.syncCall(work::call);
	}

	private static OptionalLong since(long start, OptionalLong end) {
		return end.isPresent() ? OptionalLong.of(end.getAsLong() - start) : OptionalLong.empty();
	}
}
