package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.PngWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** PNG export: the size the scale asks for, and a picture, not a blank page. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class PngWriterTest {

	@Inject
	private Injector injector;

	@ParameterizedTest
	@ValueSource(doubles = { 1, 2, 0.5 })
	void thePngHasTheScaledSizeAndShowsTheDiagram(double scale) throws Exception {
		Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(new ExampleScenes(injector).paperFigure(13).orElseThrow()), Theme.LIGHT);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngWriter.write(drawing, scale)));
		assertEquals((int) Math.ceil(drawing.width() * scale), image.getWidth());
		assertEquals((int) Math.ceil(drawing.height() * scale), image.getHeight());
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				colours.add(image.getRGB(x, y));
			}
		}
		assertTrue(colours.size() > 20, "an image with " + colours.size() + " colours is blank, or nearly");
		assertEquals(0xffffffff, image.getRGB(1, 1), "the light page is white");
	}

	@Test
	void everyPixelPaintedIsEncodedExactly() throws Exception {
		Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(new ExampleScenes(injector).paperFigure(13).orElseThrow()), Theme.PAPER);
		BufferedImage painted = PngWriter.paint(drawing, 1.5);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngWriter.write(drawing, 1.5)));
		assertEquals(painted.getWidth(), decoded.getWidth());
		assertEquals(painted.getHeight(), decoded.getHeight());
		for (int y = 0; y < painted.getHeight(); y++) {
			for (int x = 0; x < painted.getWidth(); x++) {
				int expected = painted.getRGB(x, y);
				int actual = decoded.getRGB(x, y);
				if (expected != actual) {
					throw new AssertionError(String.format("pixel %d,%d is #%08x, not #%08x", x, y, actual, expected));
				}
			}
		}
	}
}
