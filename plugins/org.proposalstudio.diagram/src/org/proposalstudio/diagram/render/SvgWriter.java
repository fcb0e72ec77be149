package org.proposalstudio.diagram.render;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.proposalstudio.diagram.layout.Fonts;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.render.Drawing.Ellipse;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.Drawing.Path;
import org.proposalstudio.diagram.render.Drawing.Rect;
import org.proposalstudio.diagram.render.Drawing.Style;
import org.proposalstudio.diagram.render.Drawing.Text;

/**
 * Writes a drawing as SVG: well-formed, with a title and a description, the semantic attributes of its groups, and
 * numbers written the same way everywhere, so the same drawing always gives the same bytes.
 */
public final class SvgWriter {

	private SvgWriter() {
	}

	public static String write(Drawing drawing) {
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(drawing.width())).append("\" height=\"")
				.append(number(drawing.height())).append("\" viewBox=\"0 0 ").append(number(drawing.width())).append(' ')
				.append(number(drawing.height())).append("\" font-family=\"").append(escape(Fonts.FAMILY)).append("\">\n");
		svg.append("<title>").append(escape(drawing.title())).append("</title>\n");
		if (!drawing.description().isEmpty()) {
			svg.append("<desc>").append(escape(drawing.description())).append("</desc>\n");
		}
		svg.append("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"").append(drawing.background()).append("\"/>\n");
		drawing.marks().forEach(mark -> write(mark, svg, ""));
		return svg.append("</svg>\n").toString();
	}

	private static void write(Mark mark, StringBuilder svg, String indent) {
		if (mark instanceof Group group) {
			svg.append(indent).append("<g").append(attributes(group.attributes())).append(">\n");
			group.children().forEach(child -> write(child, svg, indent + "  "));
			svg.append(indent).append("</g>\n");
		} else if (mark instanceof Rect rect) {
			Box box = rect.box();
			svg.append(indent).append("<rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
					.append("\" width=\"").append(number(box.width())).append("\" height=\"").append(number(box.height())).append('"');
			if (rect.radius() > 0) {
				svg.append(" rx=\"").append(number(rect.radius())).append('"');
			}
			svg.append(style(rect.style())).append("/>\n");
		} else if (mark instanceof Ellipse ellipse) {
			Box box = ellipse.box();
			svg.append(indent).append("<ellipse cx=\"").append(number(box.x() + box.width() / 2)).append("\" cy=\"")
					.append(number(box.y() + box.height() / 2)).append("\" rx=\"").append(number(box.width() / 2)).append("\" ry=\"")
					.append(number(box.height() / 2)).append('"').append(style(ellipse.style())).append("/>\n");
		} else if (mark instanceof Path path) {
			String points = path.points().stream().map(point -> number(point.x()) + "," + number(point.y()))
					.collect(Collectors.joining(" "));
			svg.append(indent).append(path.closed() ? "<polygon" : "<polyline").append(" points=\"").append(points).append('"')
					.append(style(path.style())).append("/>\n");
		} else if (mark instanceof Text text) {
			svg.append(indent).append("<text x=\"").append(number(text.x())).append("\" y=\"")
				.append(number(text.baseline())).append('"').append(text.centered() ? " text-anchor=\"middle\"" : "")
				.append(" font-size=\"").append(number(text.font().getSize2D())).append('"')
				.append(text.font().isBold() ? " font-weight=\"bold\"" : "").append(" fill=\"").append(text.color())
				.append("\" textLength=\"").append(number(text.width())).append("\" lengthAdjust=\"spacingAndGlyphs\">")
				.append(escape(text.text())).append("</text>\n");
		}
	}

	private static String style(Style style) {
		StringBuilder attributes = new StringBuilder();
		attributes.append(" fill=\"").append(style.fill() == null ? "none" : style.fill()).append('"');
		if (style.stroke() != null) {
			attributes.append(" stroke=\"").append(style.stroke()).append("\" stroke-width=\"").append(number(style.strokeWidth()))
					.append('"');
		}
		if (style.dash() != null) {
			attributes.append(" stroke-dasharray=\"").append(style.dash()).append('"');
		}
		return attributes.toString();
	}

	private static String attributes(Map<String, String> attributes) {
		return attributes.entrySet().stream().map(entry -> " " + entry.getKey() + "=\"" + escape(entry.getValue()) + "\"")
				.collect(Collectors.joining());
	}

	/** One decimal, a point as the separator, no trailing ".0": stable across machines and locales. */
	static String number(double value) {
		String formatted = String.format(Locale.ROOT, "%.1f", value);
		if (formatted.equals("-0.0")) {
			return "0";
		}
		return formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
