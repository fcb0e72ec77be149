package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.diagram.render.DrawingWarmUp;
import org.proposalstudio.diagram.render.Theme;

/** The drawing engines are warmed up once per JVM and kind of output, however many commands it runs. */
class DrawingWarmUpTest {

	@Test
	void aWarmUpStartsOnlyForWhatNoEarlierOneDid() {
		// the only test of this JVM that warms up: the first call of each kind starts one
		assertEquals(List.of(true, false, true, false, false),
				List.of(DrawingWarmUp.startInBackground(Theme.LIGHT, false), DrawingWarmUp.startInBackground(Theme.PAPER, false),
						DrawingWarmUp.startInBackground(Theme.LIGHT, true), DrawingWarmUp.startInBackground(Theme.LIGHT, true),
						DrawingWarmUp.startInBackground(Theme.LIGHT, false)));
	}
}
