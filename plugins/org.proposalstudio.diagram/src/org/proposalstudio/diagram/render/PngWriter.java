package org.proposalstudio.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

import org.proposalstudio.diagram.layout.Fonts;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.render.Drawing.Ellipse;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.Drawing.Path;
import org.proposalstudio.diagram.render.Drawing.Rect;
import org.proposalstudio.diagram.render.Drawing.Style;
import org.proposalstudio.diagram.render.Drawing.Text;

/** Paints a drawing into a PNG image with Java2D, headless, at a chosen scale. */
public final class PngWriter {

	private PngWriter() {
	}

	/** The image, {@code scale} pixels per diagram unit. */
	public static BufferedImage paint(Drawing drawing, double scale) {
		int width = (int) Math.ceil(drawing.width() * scale);
		int height = (int) Math.ceil(drawing.height() * scale);
		// every theme's page is opaque: no alpha channel to fill and encode
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			graphics.scale(scale, scale);
			graphics.setColor(color(drawing.background()));
			graphics.fill(new Rectangle2D.Double(0, 0, drawing.width(), drawing.height()));
			drawing.marks().forEach(mark -> paint(mark, graphics));
		} finally {
			graphics.dispose();
		}
		return image;
	}

	public static byte[] write(Drawing drawing, double scale) {
		return PngEncoder.encode(paint(drawing, scale));
	}

	private static void paint(Mark mark, Graphics2D graphics) {
		if (mark instanceof Group group) {
			group.children().forEach(child -> paint(child, graphics));
		} else if (mark instanceof Rect rect) {
			Box box = rect.box();
			paint(rect.radius() > 0 ? new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 2 * rect.radius(), 2 * rect.radius())
					: new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()), rect.style(), graphics);
		} else if (mark instanceof Ellipse ellipse) {
			Box box = ellipse.box();
			paint(new Ellipse2D.Double(box.x(), box.y(), box.width(), box.height()), ellipse.style(), graphics);
		} else if (mark instanceof Path path) {
			Path2D.Double shape = new Path2D.Double();
			Point first = path.points().get(0);
			shape.moveTo(first.x(), first.y());
			path.points().subList(1, path.points().size()).forEach(point -> shape.lineTo(point.x(), point.y()));
			if (path.closed()) {
				shape.closePath();
			}
			paint(shape, path.style(), graphics);
		} else if (mark instanceof Text text) {
			graphics.setFont(text.font());
			graphics.setColor(color(text.color()));
			double x = text.centered() ? text.x() - Fonts.width(text.font(), text.text()) / 2 : text.x();
			graphics.drawString(text.text(), (float) x, (float) text.baseline());
		}
	}

	private static void paint(Shape shape, Style style, Graphics2D graphics) {
		if (style.fill() != null) {
			graphics.setColor(color(style.fill()));
			graphics.fill(shape);
		}
		if (style.stroke() != null && style.strokeWidth() > 0) {
			graphics.setColor(color(style.stroke()));
			graphics.setStroke(style.dash() == null ? new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
					: new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, style.dashes(), 0f));
			graphics.draw(shape);
		}
	}

	private static Color color(String hex) {
		return new Color(Drawing.rgb(hex));
	}
}
