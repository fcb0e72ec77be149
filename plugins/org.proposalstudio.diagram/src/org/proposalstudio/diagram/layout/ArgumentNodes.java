package org.proposalstudio.diagram.layout;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.scene.NodeKind;
import org.proposalstudio.diagram.scene.SceneNode;

/**
 * The geometry of GSN elements: the lines of their name (bold) and text, wrapped to the width their shape gives them,
 * and the box the shape needs around them. Layout sizes nodes with it and the drawing places text with it, so the text
 * always fits the shape: a goal's rectangle (with room under it for the undeveloped diamond), a strategy's
 * parallelogram, a solution's circle, a context's rectangle with round ends, the ovals of assumptions and
 * justifications (with room in a corner of the box for their A or J).
 */
public final class ArgumentNodes {

	/** The bold first lines. */
	public static final Font NAME = Fonts.GROUP.deriveFont(12f);
	/** The text under the name. */
	public static final Font TEXT = Fonts.NODE.deriveFont(11f);
	/** How far a strategy's parallelogram leans: its top edge starts this much right of its bottom edge. */
	public static final double SKEW = 14;
	/** The height of the diamond under an undeveloped goal, and the gap above it. */
	public static final double DIAMOND = 14;
	public static final double DIAMOND_GAP = 4;
	/** Room between the text and the outline. */
	private static final double PADDING_X = 10;
	private static final double PADDING_Y = 7;
	/** Room between the name and the text. */
	public static final double NAME_GAP = 3;
	private static final String ELLIPSIS = "\u2026";

	private ArgumentNodes() {
	}

	/** The wrapped lines of a node's name and text. */
	public record Lines(List<String> name, List<String> text) {

		public double height() {
			return name.size() * Fonts.lineHeight(NAME) + (text.isEmpty() ? 0 : NAME_GAP + text.size() * Fonts.lineHeight(TEXT));
		}

		public double width() {
			double width = 0;
			for (String line : name) {
				width = Math.max(width, Fonts.width(NAME, line));
			}
			for (String line : text) {
				width = Math.max(width, Fonts.width(TEXT, line));
			}
			return width;
		}
	}

	public static Lines lines(SceneNode node) {
		double width = textWidth(node.kind());
		return new Lines(wrap(NAME, node.label(), width, 3), node.text() == null ? List.of() : wrap(TEXT, node.text(), width, maxLines(node.kind())));
	}

	/** The width and height of the node's box. */
	public static Geometry.Point size(SceneNode node) {
		Lines lines = lines(node);
		double textWidth = Math.max(lines.width(), 40);
		double textHeight = lines.height();
		return switch (node.kind()) {
		case STRATEGY -> new Geometry.Point(textWidth + 2 * PADDING_X + 2 * SKEW, textHeight + 2 * PADDING_Y);
		case CONTEXT -> new Geometry.Point(textWidth + 2 * PADDING_X + textHeight / 2, textHeight + 2 * PADDING_Y);
		case SOLUTION -> {
			double diameter = Math.hypot(textWidth, textHeight) + 2 * 4;
			yield new Geometry.Point(diameter, diameter);
		}
		case ASSUMPTION, JUSTIFICATION -> new Geometry.Point(textWidth * Math.sqrt(2) + 2 * 4, textHeight * Math.sqrt(2) + 2 * 4);
		default -> new Geometry.Point(Math.max(textWidth + 2 * PADDING_X, 90),
				textHeight + 2 * PADDING_Y + (node.undeveloped() ? DIAMOND_GAP + DIAMOND : 0));
		};
	}

	/** The part of a goal's box its rectangle takes: all of it, but the room for the diamond of an undeveloped goal. */
	public static Box outline(SceneNode node, Box box) {
		if (node.undeveloped() && (node.kind() == NodeKind.GOAL || node.kind() == NodeKind.COUNTER_GOAL)) {
			return new Box(box.x(), box.y(), box.width(), box.height() - DIAMOND_GAP - DIAMOND);
		}
		return box;
	}

	/** How wide the lines of an element of this kind may be. */
	private static double textWidth(NodeKind kind) {
		return switch (kind) {
		case SOLUTION -> 110;
		case ASSUMPTION, JUSTIFICATION -> 150;
		case CONTEXT -> 170;
		default -> 210;
		};
	}

	/** How many lines of text an element of this kind shows; the rest is in the exports and the report. */
	private static int maxLines(NodeKind kind) {
		return switch (kind) {
		case CONTEXT -> 2;
		case ASSUMPTION, JUSTIFICATION, STRATEGY -> 3;
		default -> 4;
		};
	}

	/**
	 * Words in lines of at most {@code width}; a word too long for a line is cut. When the text needs more than
	 * {@code maxLines} lines, the last one ends with an ellipsis.
	 */
	static List<String> wrap(Font font, String text, double width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (Fonts.width(font, candidate) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (Fonts.width(font, rest) > width) {
				int fits = fittingPrefix(font, rest, width);
				lines.add(rest.substring(0, fits));
				rest = rest.substring(fits);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() <= maxLines) {
			return lines;
		}
		List<String> shown = new ArrayList<>(lines.subList(0, maxLines));
		String last = shown.get(maxLines - 1);
		while (!last.isEmpty() && Fonts.width(font, last + ELLIPSIS) > width) {
			last = last.substring(0, last.length() - 1);
		}
		shown.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
		return shown;
	}

	/** How many characters of {@code text}, at least one, fit in {@code width}. */
	private static int fittingPrefix(Font font, String text, double width) {
		int fits = text.offsetByCodePoints(0, 1);
		while (fits < text.length()) {
			int next = text.offsetByCodePoints(fits, 1);
			if (Fonts.width(font, text.substring(0, next)) > width) {
				break;
			}
			fits = next;
		}
		return fits;
	}
}
