package org.proposalstudio.ui.benchmarks;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.tests.Workbench;

/**
 * When the file's problem markers first are the ones expected, as the workspace announces them: the time is taken as a
 * resource change with marker deltas for the file arrives, on the thread that wrote the markers.
 */
final class MarkerProbe implements IResourceChangeListener, AutoCloseable {

	private final IFile file;
	private final Arrival arrival = new Arrival();
	private volatile List<String> expected = List.of();

	MarkerProbe(IFile file) {
		this.file = file;
		file.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	/** Arms the probe for markers whose check ids are {@code checks}, as {@link Workbench#checksOf} gives them. */
	Arrival expect(List<String> checks) {
		expected = checks;
		arrival.arm();
		return arrival;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		long now = System.nanoTime();
		if (arrival.isArmed() && Arrays.stream(event.findMarkerDeltas(ProposalMarkers.TYPE, false)).anyMatch(delta -> file.equals(delta.getResource()))
				&& Workbench.checksOf(file).equals(expected)) {
			arrival.arrive(now);
		}
	}

	@Override
	public void close() {
		file.getWorkspace().removeResourceChangeListener(this);
	}
}
