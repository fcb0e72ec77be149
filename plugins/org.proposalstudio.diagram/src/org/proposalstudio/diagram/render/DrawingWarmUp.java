package org.proposalstudio.diagram.render;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.scene.NodeKind;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneNode;

/**
 * Gets the drawing engines ready while a command still reads its input: ELK's registry of layout options, the diagram
 * fonts and, for images, Java2D's rasterizer each load on first use, on one thread, before a cold run's first figure.
 * A daemon thread draws one small scene meanwhile; the command's first figure then finds them loaded, or waits for
 * the class it needs to finish loading.
 */
public final class DrawingWarmUp {

	private static final Scene ONE_NODE = new Scene("WarmUp", "warmUp", "Warm-up", "", List.of(), Scene.Arrangement.FLOW,
			List.of(new SceneNode("m", NodeKind.MODEL, "M", "M", "M", null)), List.of());

	private DrawingWarmUp() {
	}

	/** Whether a warm-up has started in this JVM, and one that rasterizes: what it loads stays loaded. */
	private static final AtomicBoolean DRAWN = new AtomicBoolean();
	private static final AtomicBoolean RASTERIZED = new AtomicBoolean();

	/**
	 * Starts drawing a scene of one node in the background, as SVG and, with {@code raster}, as PNG, unless a warm-up of
	 * this JVM already did as much (a JVM that runs many commands: the fuzzer, the tests).
	 *
	 * @return whether it started one
	 */
	public static boolean startInBackground(Theme theme, boolean raster) {
		boolean firstDrawing = !DRAWN.getAndSet(true);
		boolean firstRaster = raster && !RASTERIZED.getAndSet(true);
		if (!firstDrawing && !firstRaster) {
			return false;
		}
		Thread warmUp = new Thread(() -> {
			try {
				Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(ONE_NODE), theme);
				SvgWriter.write(drawing);
				if (raster) {
					PngWriter.write(drawing, 1);
				}
			} catch (RuntimeException | LinkageError failure) {
				// the command's own drawing meets the same failure and reports it
			}
		}, "proposal-drawing-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
		return true;
	}
}
