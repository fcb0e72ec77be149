package org.proposalstudio.diagram.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.proposalstudio.diagram.layout.Fonts;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Drawing.Ellipse;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.Drawing.Rect;
import org.proposalstudio.diagram.render.Drawing.Style;
import org.proposalstudio.diagram.render.Drawing.Text;
import org.proposalstudio.ui.ProposalUiPlugin;

/**
 * Paints a {@link Drawing} with SWT, mark by mark, as {@code PngWriter} paints it with Java2D: the same primitives, the
 * same colours, the diagram's own DejaVu fonts. Each text is fitted to the width the layout measured for it, as the SVG
 * does with {@code textLength}, so the view shows the exported figure whatever SWT's font metrics are.
 */
final class DrawingPainter {

	/** Fonts are made large and scaled down per text: their metrics are then exact enough to fit a text to its width. */
	private static final int BASE_POINTS = 48;

	private final Display display;
	private final Map<Boolean, Font> fonts = new HashMap<>();
	private final Map<String, Color> colors = new HashMap<>();

	DrawingPainter(Display display) {
		this.display = display;
	}

	/**
	 * Paints the drawing scaled by {@code zoom}, and outlines the groups whose {@code id} attribute is in
	 * {@code highlighted} in {@code highlight}. A stale drawing, which no longer shows the text, is veiled in
	 * {@code veil}; {@code null} for a drawing that is up to date.
	 */
	void paint(GC gc, Drawing drawing, double zoom, Set<String> highlighted, Color highlight, Color veil) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Transform scale = new Transform(display);
		try {
			scale.scale((float) zoom, (float) zoom);
			gc.setTransform(scale);
			gc.setBackground(color(drawing.background()));
			gc.fillRectangle(0, 0, (int) Math.ceil(drawing.width()), (int) Math.ceil(drawing.height()));
			drawing.marks().forEach(mark -> paint(gc, mark, scale));
			if (veil != null) {
				gc.setAlpha(150);
				gc.setBackground(veil);
				gc.fillRectangle(0, 0, (int) Math.ceil(drawing.width()), (int) Math.ceil(drawing.height()));
			}
			gc.setAlpha(160);
			for (Group group : DrawingHits.groups(drawing)) {
				if (highlighted.contains(group.attributes().get("id"))) {
					outline(gc, group, highlight);
				}
			}
		} finally {
			gc.setTransform(null);
			scale.dispose();
			gc.setAlpha(255);
		}
	}

	private void paint(GC gc, Mark mark, Transform base) {
		if (mark instanceof Group group) {
			group.children().forEach(child -> paint(gc, child, base));
		} else if (mark instanceof Rect rect) {
			shape(gc, path -> roundRectangle(path, rect.box(), rect.radius()), rect.style());
		} else if (mark instanceof Ellipse ellipse) {
			Box box = ellipse.box();
			shape(gc, path -> path.addArc((float) box.x(), (float) box.y(), (float) box.width(), (float) box.height(), 0, 360),
					ellipse.style());
		} else if (mark instanceof Drawing.Path line) {
			shape(gc, path -> polyline(path, line.points(), line.closed()), line.style());
		} else if (mark instanceof Text text) {
			text(gc, text, base);
		}
	}

	private void shape(GC gc, Consumer<org.eclipse.swt.graphics.Path> outline, Style style) {
		org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(display);
		try {
			outline.accept(path);
			if (style.fill() != null) {
				gc.setBackground(color(style.fill()));
				gc.fillPath(path);
			}
			if (style.stroke() != null && style.strokeWidth() > 0) {
				gc.setForeground(color(style.stroke()));
				gc.setLineAttributes(new LineAttributes((float) style.strokeWidth(), SWT.CAP_FLAT, SWT.JOIN_ROUND,
						style.dash() == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, style.dashes(), 0, 10));
				gc.drawPath(path);
			}
		} finally {
			path.dispose();
		}
	}

	/** A text on its baseline, scaled from the large base font to the drawing's font and fitted to its measured width. */
	private void text(GC gc, Text text, Transform base) {
		Font font = font(text.font().isBold());
		gc.setFont(font);
		gc.setForeground(color(text.color()));
		int extent = gc.textExtent(text.text(), SWT.DRAW_TRANSPARENT).x;
		double size = text.font().getSize2D() / pixels(font);
		double stretch = extent == 0 ? size : text.width() / extent;
		double left = text.centered() ? text.x() - text.width() / 2 : text.x();
		float[] elements = new float[6];
		base.getElements(elements);
		Transform placed = new Transform(display, elements);
		try {
			placed.translate((float) left, (float) text.baseline());
			placed.scale((float) stretch, (float) size);
			gc.setTransform(placed);
			gc.drawText(text.text(), 0, -gc.getFontMetrics().getAscent(), SWT.DRAW_TRANSPARENT);
		} finally {
			gc.setTransform(base);
			placed.dispose();
		}
	}

	/** A wide translucent outline around a node's shape or along an arrow. */
	private void outline(GC gc, Group group, Color highlight) {
		gc.setForeground(highlight);
		gc.setLineAttributes(new LineAttributes(5, SWT.CAP_ROUND, SWT.JOIN_ROUND));
		org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(display);
		try {
			Mark shape = group.children().get(0);
			if (shape instanceof Rect rect) {
				roundRectangle(path, grown(rect.box(), 3), rect.radius() + 3);
			} else if (shape instanceof Ellipse ellipse) {
				Box box = grown(ellipse.box(), 3);
				path.addArc((float) box.x(), (float) box.y(), (float) box.width(), (float) box.height(), 0, 360);
			} else if (shape instanceof Drawing.Path line) {
				polyline(path, line.points(), false);
			}
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	private static Box grown(Box box, double by) {
		return new Box(box.x() - by, box.y() - by, box.width() + 2 * by, box.height() + 2 * by);
	}

	private static void polyline(org.eclipse.swt.graphics.Path path, List<Point> points, boolean closed) {
		path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
		points.subList(1, points.size()).forEach(point -> path.lineTo((float) point.x(), (float) point.y()));
		if (closed) {
			path.close();
		}
	}

	/** A rectangle whose corners are quarter circles of {@code radius}, as SVG's {@code rx} draws it. */
	private static void roundRectangle(org.eclipse.swt.graphics.Path path, Box box, double radius) {
		float x = (float) box.x();
		float y = (float) box.y();
		float width = (float) box.width();
		float height = (float) box.height();
		float r = (float) Math.min(radius, Math.min(box.width(), box.height()) / 2);
		if (r <= 0) {
			path.addRectangle(x, y, width, height);
			return;
		}
		float d = 2 * r;
		path.moveTo(x + r, y);
		path.lineTo(x + width - r, y);
		path.addArc(x + width - d, y, d, d, 90, -90);
		path.lineTo(x + width, y + height - r);
		path.addArc(x + width - d, y + height - d, d, d, 0, -90);
		path.lineTo(x + r, y + height);
		path.addArc(x, y + height - d, d, d, 270, -90);
		path.lineTo(x, y + r);
		path.addArc(x, y, d, d, 180, -90);
		path.close();
	}

	Color color(String hex) {
		return colors.computeIfAbsent(hex, key -> {
			int rgb = Drawing.rgb(key);
			return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
		});
	}

	/** The em of a font in pixels, which is what the diagram's font sizes measure. */
	private double pixels(Font font) {
		return font.getFontData()[0].getHeight() * display.getDPI().y / 72.0;
	}

	private Font font(boolean bold) {
		return fonts.computeIfAbsent(bold, key -> {
			loadDiagramFonts(display);
			return new Font(display, new FontData(Fonts.NODE.getFamily(), BASE_POINTS, bold ? SWT.BOLD : SWT.NORMAL));
		});
	}

	void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
	}

	private static boolean fontsLoaded;

	/**
	 * Makes the diagram bundle's DejaVu Sans known to SWT, which loads fonts from files only: the machine may lack it, and
	 * another family would not look like the exported figures. Without it SWT falls back to a system font, still fitted
	 * to the layout's widths.
	 */
	private static synchronized void loadDiagramFonts(Display display) {
		if (fontsLoaded) {
			return;
		}
		fontsLoaded = true;
		Path folder = Platform.getStateLocation(FrameworkUtil.getBundle(DrawingPainter.class)).toPath();
		for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
			Path file = folder.resolve(name);
			try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + name)) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				if (!display.loadFont(file.toString())) {
					ProposalUiPlugin.log("SWT could not load the diagram font " + file, null);
				}
			} catch (IOException e) {
				ProposalUiPlugin.log("Could not put the diagram font " + name + " where SWT can load it", e);
			}
		}
	}
}
