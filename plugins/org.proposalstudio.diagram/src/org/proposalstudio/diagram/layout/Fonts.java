package org.proposalstudio.diagram.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of every diagram, DejaVu Sans, shipped with the bundle: text is measured, and so laid out and
 * rendered, the same way on every machine, whatever fonts it has installed.
 */
public final class Fonts {

	/** The family name SVG output asks for, with fallbacks for viewers that lack it. */
	public static final String FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

	public static final Font NODE = load("/fonts/DejaVuSans.ttf").deriveFont(14f);
	public static final Font EDGE = NODE.deriveFont(11f);
	/**
	 * The bold face. A font loaded from a file has the plain style whatever its face, and writers ask {@code isBold()}
	 * (SVG's font-weight, the workbench's painter): the style says what the face is, and changes no glyph of it.
	 */
	public static final Font GROUP = load("/fonts/DejaVuSans-Bold.ttf").deriveFont(Font.BOLD, 13f);
	public static final Font TITLE = GROUP.deriveFont(16f);

	/** Anti-aliased, fractional metrics: widths do not depend on a screen. */
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private Fonts() {
	}

	public static double width(Font font, String text) {
		return font.getStringBounds(text, CONTEXT).getWidth();
	}

	/** The height of a line: ascent, descent and leading. */
	public static double lineHeight(Font font) {
		return font.getLineMetrics("Mg", CONTEXT).getHeight();
	}

	public static double ascent(Font font) {
		return font.getLineMetrics("Mg", CONTEXT).getAscent();
	}

	private static Font load(String resource) {
		try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the diagram bundle lacks its font " + resource);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException("the diagram bundle's font " + resource + " is damaged", e);
		}
	}
}
