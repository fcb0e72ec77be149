package org.proposalstudio.diagram.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/**
 * Writes a drawing as SVG: well-formed, with a title and a description, the semantic attributes of its groups, and
 * numbers written the same way everywhere, so the same drawing always gives the same bytes. Everything is appended to
 * one buffer: a figure of 10,000 nodes is several megabytes of SVG.
 */
public final class SvgWriter {

	/** Beyond this many tenths, a double's rounding error could reach the tie test of {@link #number}. */
	private static final double FAST_NUMBERS_BELOW = 1e9;
	/** How far from a tie, in tenths, a number must be to be rounded without {@link String#format}. */
	private static final double TIE_MARGIN = 1e-6;

	private SvgWriter() {
	}

	public static String write(Drawing drawing) {
		// a node or an arrow takes a few hundred characters
		StringBuilder svg = new StringBuilder(1024 + 512 * drawing.marks().size());
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
		number(svg, drawing.width()).append("\" height=\"");
		number(svg, drawing.height()).append("\" viewBox=\"0 0 ");
		number(svg, drawing.width()).append(' ');
		number(svg, drawing.height()).append("\" font-family=\"");
		escape(svg, Fonts.FAMILY).append("\">\n");
		escape(svg.append("<title>"), drawing.title()).append("</title>\n");
		if (!drawing.description().isEmpty()) {
			escape(svg.append("<desc>"), drawing.description()).append("</desc>\n");
		}
		svg.append("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"").append(drawing.background()).append("\"/>\n");
		drawing.marks().forEach(mark -> write(mark, svg, 0));
		return svg.append("</svg>\n").toString();
	}

	private static void write(Mark mark, StringBuilder svg, int depth) {
		indent(svg, depth);
		if (mark instanceof Group group) {
			svg.append("<g");
			attributes(svg, group.attributes());
			svg.append(">\n");
			for (Mark child : group.children()) {
				write(child, svg, depth + 1);
			}
			indent(svg, depth);
			svg.append("</g>\n");
		} else if (mark instanceof Rect rect) {
			Box box = rect.box();
			number(svg.append("<rect x=\""), box.x()).append("\" y=\"");
			number(svg, box.y()).append("\" width=\"");
			number(svg, box.width()).append("\" height=\"");
			number(svg, box.height()).append('"');
			if (rect.radius() > 0) {
				number(svg.append(" rx=\""), rect.radius()).append('"');
			}
			style(svg, rect.style()).append("/>\n");
		} else if (mark instanceof Ellipse ellipse) {
			Box box = ellipse.box();
			number(svg.append("<ellipse cx=\""), box.x() + box.width() / 2).append("\" cy=\"");
			number(svg, box.y() + box.height() / 2).append("\" rx=\"");
			number(svg, box.width() / 2).append("\" ry=\"");
			number(svg, box.height() / 2).append('"');
			style(svg, ellipse.style()).append("/>\n");
		} else if (mark instanceof Path path) {
			svg.append(path.closed() ? "<polygon" : "<polyline").append(" points=\"");
			List<Point> points = path.points();
			for (int i = 0; i < points.size(); i++) {
				if (i > 0) {
					svg.append(' ');
				}
				number(svg, points.get(i).x()).append(',');
				number(svg, points.get(i).y());
			}
			svg.append('"');
			style(svg, path.style()).append("/>\n");
		} else if (mark instanceof Text text) {
			number(svg.append("<text x=\""), text.x()).append("\" y=\"");
			number(svg, text.baseline()).append('"').append(text.centered() ? " text-anchor=\"middle\"" : "");
			number(svg.append(" font-size=\""), text.font().getSize2D()).append('"')
					.append(text.font().isBold() ? " font-weight=\"bold\"" : "").append(" fill=\"").append(text.color());
			number(svg.append("\" textLength=\""), text.width()).append("\" lengthAdjust=\"spacingAndGlyphs\">");
			escape(svg, text.text()).append("</text>\n");
		}
	}

	private static void indent(StringBuilder svg, int depth) {
		for (int i = 0; i < depth; i++) {
			svg.append("  ");
		}
	}

	private static StringBuilder style(StringBuilder svg, Style style) {
		svg.append(" fill=\"").append(style.fill() == null ? "none" : style.fill()).append('"');
		if (style.stroke() != null) {
			number(svg.append(" stroke=\"").append(style.stroke()).append("\" stroke-width=\""), style.strokeWidth()).append('"');
		}
		if (style.dash() != null) {
			svg.append(" stroke-dasharray=\"").append(style.dash()).append('"');
		}
		return svg;
	}

	private static void attributes(StringBuilder svg, Map<String, String> attributes) {
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			escape(svg.append(' ').append(attribute.getKey()).append("=\""), attribute.getValue()).append('"');
		}
	}

	/** One decimal, a point as the separator, no trailing ".0": stable across machines and locales. */
	public static String number(double value) {
		return number(new StringBuilder(12), value).toString();
	}

	/**
	 * Appends {@link #number(double)}: what {@code String.format(Locale.ROOT, "%.1f", value)} gives, "-0" and a
	 * trailing ".0" dropped. Away from a tie between two tenths, rounding the double itself gives the same tenths as the
	 * formatter, which rounds the double's shortest decimal half up, and is many times faster; near a tie, and for
	 * huge or odd values, the formatter decides.
	 */
	private static StringBuilder number(StringBuilder svg, double value) {
		double tenths = Math.abs(value) * 10;
		if (tenths < FAST_NUMBERS_BELOW && Math.abs(tenths - Math.floor(tenths) - 0.5) > TIE_MARGIN) {
			long rounded = Math.round(tenths);
			if (rounded == 0) {
				return svg.append('0');
			}
			if (value < 0) {
				svg.append('-');
			}
			svg.append(rounded / 10);
			return rounded % 10 == 0 ? svg : svg.append('.').append(rounded % 10);
		}
		String formatted = String.format(Locale.ROOT, "%.1f", value);
		if (formatted.equals("-0.0")) {
			return svg.append('0');
		}
		return svg.append(formatted, 0, formatted.endsWith(".0") ? formatted.length() - 2 : formatted.length());
	}

	/** Appends text with XML's special characters escaped; the runs between them are copied whole. */

	private static StringBuilder escape(StringBuilder svg, String text) {
		return svg.append(XmlText.escape(text));
	}
}
