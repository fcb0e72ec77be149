package org.proposalstudio.diagram.render;

import java.awt.Font;
import java.util.List;
import java.util.Map;

import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;

/**
 * A diagram composed into what is drawn: shapes, paths and text with their colours, grouped with the semantic
 * attributes of what they show. SVG and PNG are written from the same drawing, so they show the same picture.
 *
 * @param width       in pixels at scale 1
 * @param height      in pixels at scale 1
 * @param title       the figure's title
 * @param description its caption
 * @param background  the page colour
 * @param marks       in drawing order
 */
public record Drawing(double width, double height, String title, String description, String background, List<Mark> marks) {

	/** Something drawn. */
	public sealed interface Mark permits Group, Rect, Ellipse, Path, Text {
	}

	/** How a shape is painted: {@code null} fill or stroke paints nothing; {@code dash} like SVG's "6 4", or null. */
	public record Style(String fill, String stroke, double strokeWidth, String dash) {

		/** The dash pattern as lengths, on and off in turn, for a painter; {@code null} for a solid line. */
		public float[] dashes() {
			if (dash == null) {
				return null;
			}
			String[] parts = dash.trim().split("\\s+");
			float[] dashes = new float[parts.length];
			for (int i = 0; i < parts.length; i++) {
				dashes[i] = Float.parseFloat(parts[i]);
			}
			return dashes;
		}
	}

	/** A colour as written in marks, {@code #rrggbb}, as one number 0xrrggbb. */
	public static int rgb(String color) {
		return Integer.parseInt(color.substring(1), 16);
	}

	/** Marks that belong together, e.g. a node's shape and label, with attributes that say what they show. */
	public record Group(Map<String, String> attributes, List<Mark> children) implements Mark {
	}

	public record Rect(Box box, double radius, Style style) implements Mark {
	}

	public record Ellipse(Box box, Style style) implements Mark {
	}

	/** A polyline, or a polygon when closed (arrowheads). */
	public record Path(List<Point> points, boolean closed, Style style) implements Mark {
	}

	/**
	 * A line of text on a baseline. {@code width} is its measured width: a viewer without the diagram font still
	 * fits the text into it, so text is never clipped.
	 */
	public record Text(double x, double baseline, String text, Font font, boolean centered, double width, String color)
			implements Mark {
	}
}
