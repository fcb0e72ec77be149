package org.proposalstudio.ui.benchmarks;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.ui.DiagramView;

/**
 * When the Proposal Diagram view has painted what follows a keystroke: a new drawing, or, while the text has errors, the
 * last one marked as out of date. The probe listens to the paints of the view's canvas after the view's own listener,
 * so the time is taken once the view has painted. Everything here runs on the UI thread.
 */
final class DiagramProbe implements Listener {

	private final DiagramView view;
	private final Arrival arrival = new Arrival();
	private Drawing shown;
	private boolean expectingOutOfDate;

	private DiagramProbe(DiagramView view) {
		this.view = view;
	}

	static DiagramProbe install(DiagramView view) {
		DiagramProbe probe = new DiagramProbe(view);
		view.canvas().addListener(SWT.Paint, probe);
		return probe;
	}

	/** Arms the probe for the first paint of a drawing other than the one shown now, drawn from a text without errors. */
	Arrival expectNewDrawing() {
		return expect(false);
	}

	/** Arms the probe for the first paint of the drawing marked as out of date, as it is while the text has errors. */
	Arrival expectOutOfDate() {
		return expect(true);
	}

	private Arrival expect(boolean outOfDate) {
		shown = view.drawing();
		expectingOutOfDate = outOfDate;
		arrival.arm();
		return arrival;
	}

	@Override
	public void handleEvent(Event event) {
		boolean expected = expectingOutOfDate ? view.isStale() : view.drawing() != null && view.drawing() != shown && !view.isStale();
		if (expected && arrival.isArmed()) {
			arrival.arrive(System.nanoTime());
		}
	}
}
