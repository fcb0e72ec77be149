package org.proposalstudio.diagram.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.proposalstudio.diagram.layout.ArgumentNodes;
import org.proposalstudio.diagram.layout.Diagram;
import org.proposalstudio.diagram.layout.Diagram.PlacedEdge;
import org.proposalstudio.diagram.layout.Diagram.PlacedNode;
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
import org.proposalstudio.diagram.scene.EdgeKind;
import org.proposalstudio.diagram.scene.NodeKind;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneNode;

/**
 * Composes a laid-out diagram into a drawing: the title on top, then the diagram (groups, arrows, nodes, arrow labels,
 * in that order, so that nothing hides a label), then a legend of the arrow kinds it uses. Every node and arrow is a
 * group whose attributes say what it shows: its kind, its participants, and the model element it comes from.
 */
public final class DiagramDrawing {

	private static final double MARGIN = 24;
	private static final double TITLE_ROOM = Fonts.lineHeight(Fonts.TITLE) + 2 * MARGIN;
	private static final double LEGEND_ROW = 20;
	private static final double LEGEND_SAMPLE = 36;
	private static final double ARROWHEAD_LENGTH = 10;
	private static final double ARROWHEAD_HALF_WIDTH = 4.5;
	private static final double EDGE_WIDTH = 2;

	private DiagramDrawing() {
	}

	public static Drawing compose(Diagram diagram, Theme theme) {
		String title = diagram.scene().title() + figureNumbers(diagram.scene().paperFigures());
		List<EdgeKind> legend = List.copyOf(diagram.scene().legend());
		double legendWidth = legend.stream().mapToDouble(kind -> Fonts.width(Fonts.EDGE, kind.legend())).max().orElse(0)
				+ LEGEND_SAMPLE + 3 * MARGIN;
		double width = Math.max(diagram.width(), Math.max(Fonts.width(Fonts.TITLE, title) + 2 * MARGIN, legendWidth));
		double legendHeight = legend.isEmpty() ? 0 : legend.size() * LEGEND_ROW + 2 * MARGIN;
		double height = TITLE_ROOM + diagram.height() + legendHeight;
		double dx = (width - diagram.width()) / 2;
		double dy = TITLE_ROOM;

		List<Mark> marks = new ArrayList<>();
		marks.add(new Group(attributes("class", "title"), List.of(new Text(width / 2, MARGIN + Fonts.ascent(Fonts.TITLE), title,
				Fonts.TITLE, true, Fonts.width(Fonts.TITLE, title), theme.text()))));
		List<Mark> groups = new ArrayList<>();
		List<Mark> nodes = new ArrayList<>();
		for (PlacedNode placed : diagram.nodes()) {
			Box box = shift(placed.box(), dx, dy);
			(placed.node().isGroup() ? groups : nodes).add(node(placed.node(), box, theme));
		}
		marks.addAll(groups);
		// by node id: looking each arrow's ends up in the diagram's list would cost the square of the diagram's size
		Map<String, PlacedNode> placedNodes = new HashMap<>();
		diagram.nodes().forEach(placed -> placedNodes.put(placed.node().id(), placed));
		List<Mark> labels = new ArrayList<>();
		for (PlacedEdge placed : diagram.edges()) {
			marks.add(edge(placedNodes, placed, dx, dy, theme));
			if (placed.label() != null) {
				labels.add(edgeLabel(placed, shift(placed.label(), dx, dy), labelBackground(diagram, placed.label(), theme), theme));
			}
		}
		marks.addAll(nodes);
		marks.addAll(labels);
		if (!legend.isEmpty()) {
			marks.add(legend(legend, MARGIN, TITLE_ROOM + diagram.height() + MARGIN, theme));
		}
		return new Drawing(width, height, title, diagram.scene().caption(), theme.background(), marks);
	}

	private static String figureNumbers(List<Integer> numbers) {
		if (numbers.isEmpty()) {
			return "";
		}
		return " (figure" + (numbers.size() > 1 ? "s " : " ") + String.join(", ", numbers.stream().map(String::valueOf).toList()) + ")";
	}

	private static Mark node(SceneNode node, Box box, Theme theme) {
		String classes = "node " + node.kind().word() + (node.undeveloped() ? " undeveloped" : "") + (node.defeated() ? " defeated" : "");
		Map<String, String> attributes = attributes("class", classes, "id", "node-" + node.id(), "data-kind", node.kind().word(),
				"data-participant", node.participant(), "data-element", node.element());
		if (node.parent() != null) {
			// drawn after its group, not inside it: the id of the group that encloses it says where it belongs
			attributes.put("data-group", "node-" + node.parent());
		}
		if (node.isGroup()) {
			Style style = new Style(theme.groupFill(), theme.groupStroke(), 1.5, "5 4");
			double baseline = box.y() + Fonts.ascent(Fonts.GROUP) + 8;
			return new Group(attributes, List.of(new Rect(box, cornerRadius(node, box), style), new Text(box.x() + 12, baseline, node.label(), Fonts.GROUP,
					false, Fonts.width(Fonts.GROUP, node.label()), theme.text())));
		}
		if (node.kind().isArgument()) {
			return new Group(attributes, argumentNode(node, box, theme));
		}
		Style style = new Style(theme.nodeFill(), theme.nodeStroke(node.kind()), 1.5, null);
		Mark shape = switch (node.kind()) {
		case QUESTION, ANSWER -> new Ellipse(box, style);
		case ENVIRONMENT, DATASET -> new Rect(box, cornerRadius(node, box), new Style(theme.groupFill(), theme.text(), 2.5, null));
		default -> new Rect(box, cornerRadius(node, box), style);
		};
		return new Group(attributes, List.of(shape, centeredText(node.label(), box, Fonts.NODE, theme.text())));
	}

	/**
	 * The elements of a GSN node: its shape, its name and text, and its marks: the diamond under an undeveloped goal,
	 * the A or J beside an assumption's or a justification's oval, a cross over a defeated element.
	 */
	private static List<Mark> argumentNode(SceneNode node, Box box, Theme theme) {
		boolean counter = node.kind() == NodeKind.COUNTER_GOAL;
		Style style = new Style(counter ? theme.challengeFill() : theme.nodeFill(), theme.nodeStroke(node.kind()), 1.5, null);
		Box outline = ArgumentNodes.outline(node, box);
		List<Mark> marks = new ArrayList<>();
		marks.add(switch (node.kind()) {
		case STRATEGY -> new Path(List.of(new Point(outline.x() + ArgumentNodes.SKEW, outline.y()), new Point(outline.right(), outline.y()),
				new Point(outline.right() - ArgumentNodes.SKEW, outline.bottom()), new Point(outline.x(), outline.bottom())), true, style);
		case SOLUTION, ASSUMPTION, JUSTIFICATION -> new Ellipse(outline, style);
		default -> new Rect(outline, cornerRadius(node, outline), style);
		});
		ArgumentNodes.Lines lines = ArgumentNodes.lines(node);
		double center = outline.x() + outline.width() / 2;
		double baseline = outline.y() + (outline.height() - lines.height()) / 2 + Fonts.ascent(ArgumentNodes.NAME);
		for (String line : lines.name()) {
			marks.add(new Text(center, baseline, line, ArgumentNodes.NAME, true, Fonts.width(ArgumentNodes.NAME, line), theme.text()));
			baseline += Fonts.lineHeight(ArgumentNodes.NAME);
		}
		baseline += ArgumentNodes.NAME_GAP - Fonts.ascent(ArgumentNodes.NAME) + Fonts.ascent(ArgumentNodes.TEXT);
		for (String line : lines.text()) {
			marks.add(new Text(center, baseline, line, ArgumentNodes.TEXT, true, Fonts.width(ArgumentNodes.TEXT, line), theme.text()));
			baseline += Fonts.lineHeight(ArgumentNodes.TEXT);
		}
		if (node.kind() == NodeKind.ASSUMPTION || node.kind() == NodeKind.JUSTIFICATION) {
			// GSN writes the letter just outside the oval, at its lower right, in the corner of the box the oval leaves free
			String letter = node.kind() == NodeKind.ASSUMPTION ? "A" : "J";
			double width = Fonts.width(ArgumentNodes.NAME, letter);
			double x = Math.min(box.right() - width, center + box.width() / 2 * Math.sqrt(0.5) + 2);
			double y = Math.min(box.bottom(), box.y() + box.height() / 2 * (1 + Math.sqrt(0.5)) + Fonts.ascent(ArgumentNodes.NAME));
			marks.add(new Text(x, y, letter, ArgumentNodes.NAME, false, width, theme.text()));
		}
		if (node.undeveloped() && outline != box) {
			double top = outline.bottom() + ArgumentNodes.DIAMOND_GAP;
			double half = ArgumentNodes.DIAMOND / 2;
			marks.add(new Path(List.of(new Point(center, outline.bottom()), new Point(center, top)), false, new Style(null, style.stroke(), 1.5, null)));
			marks.add(new Path(List.of(new Point(center, top), new Point(center + half * 1.2, top + half), new Point(center, top + 2 * half),
					new Point(center - half * 1.2, top + half)), true, new Style(theme.nodeFill(), style.stroke(), 1.5, null)));
		}
		if (node.defeated()) {
			Style cross = new Style(null, theme.arrow(EdgeKind.CHALLENGES), 1.2, null);
			marks.add(new Path(List.of(new Point(outline.x(), outline.y()), new Point(outline.right(), outline.bottom())), false, cross));
			marks.add(new Path(List.of(new Point(outline.right(), outline.y()), new Point(outline.x(), outline.bottom())), false, cross));
		}
		return marks;
	}

	private static Mark edge(Map<String, PlacedNode> nodes, PlacedEdge placed, double dx, double dy, Theme theme) {
		SceneEdge edge = placed.edge();
		PlacedNode source = nodes.get(edge.source());
		PlacedNode target = nodes.get(edge.target());
		String color = theme.arrow(edge.kind());
		List<Point> route = new ArrayList<>(placed.points());
		route.set(0, ontoOutline(route.get(0), source));
		route.set(route.size() - 1, ontoOutline(route.get(route.size() - 1), target));
		List<Point> points = route.stream().map(point -> new Point(point.x() + dx, point.y() + dy)).toList();
		List<Mark> parts = new ArrayList<>();
		parts.add(new Path(points, false, new Style(null, color, width(edge.kind()), dash(edge.kind()))));
		parts.add(arrowhead(points.get(points.size() - 2), points.get(points.size() - 1), edge.kind(), theme));
		if (edge.bidirectional()) {
			parts.add(arrowhead(points.get(1), points.get(0), edge.kind(), theme));
		}
		return new Group(attributes("class", "edge " + edge.kind().word(), "id", "edge-" + edge.id(), "data-kind", edge.kind().word(),
				"data-source", endName(source), "data-target", endName(target), "data-element", edge.element()), parts);
	}

	/** The name an arrow's end goes by: the participant a node shows, or the GSN element. */
	private static String endName(PlacedNode node) {
		return node.node().participant() != null ? node.node().participant() : node.node().id();
	}

	/** Cross-examination and GSN's challenges are dashed; every other arrow is solid. */
	private static String dash(EdgeKind kind) {
		return switch (kind) {
		case CROSS_EXAMINATION -> "7 4";
		case CHALLENGES -> "6 4";
		default -> null;
		};
	}

	/** The arrows of GSN are thinner than those of the paper's figures, whose colours carry their meaning. */
	private static double width(EdgeKind kind) {
		return kind.relation() == null ? 1.5 : EDGE_WIDTH;
	}

	/**
	 * The radius of the corners of a node's box: humans, users and judges have round ends, environments and data sets
	 * square corners; questions and answers are ellipses, whose "corners" are as large as the box allows. In GSN, goals
	 * and strategies have square corners, contexts round ends, and solutions, assumptions and justifications are ovals.
	 */
	private static double cornerRadius(SceneNode node, Box box) {
		return switch (node.kind()) {
		case QUESTION, ANSWER -> Double.MAX_VALUE;
		case HUMAN, USER, JUDGE -> box.height() / 2;
		case ENVIRONMENT, DATASET, GOAL, COUNTER_GOAL, STRATEGY -> 0;
		case SOLUTION, ASSUMPTION, JUSTIFICATION -> Double.MAX_VALUE;
		case CONTEXT -> box.height() / 2;
		case AMPLIFICATION -> 10;
		default -> 4;
		};
	}

	/**
	 * Where an arrow that ends at {@code end}, on the node's box, meets the node's outline: rounded corners, like the
	 * ends of humans and the ellipses of questions, lie inside the box, and an arrow stopping at the box would stop
	 * short of them. The end moves along the arrow's last segment, which meets the side square. Renderers clamp a
	 * corner's radius to half the box's width and height, and so does this.
	 */
	private static Point ontoOutline(Point end, PlacedNode node) {
		Box box = node.box();
		if (node.node().kind() == NodeKind.STRATEGY) {
			return ontoParallelogram(end, box);
		}
		double radius = cornerRadius(node.node(), box);
		double rx = Math.min(radius, box.width() / 2);
		double ry = Math.min(radius, box.height() / 2);
		if (rx == 0 || ry == 0) {
			return end;
		}
		double left = Math.abs(end.x() - box.x());
		double right = Math.abs(end.x() - box.right());
		double top = Math.abs(end.y() - box.y());
		double bottom = Math.abs(end.y() - box.bottom());
		double nearest = Math.min(Math.min(left, right), Math.min(top, bottom));
		if (nearest == left || nearest == right) {
			double inset = inset(end.y() - box.y(), box.height(), ry, rx);
			return new Point(end.x() + (nearest == left ? inset : -inset), end.y());
		}
		double inset = inset(end.x() - box.x(), box.width(), rx, ry);
		return new Point(end.x(), end.y() + (nearest == top ? inset : -inset));
	}

	/** Where an arrow that ends on a strategy's box, on its left or right side, meets the slanted side. */
	private static Point ontoParallelogram(Point end, Box box) {
		double down = box.height() == 0 ? 0 : (end.y() - box.y()) / box.height();
		if (Math.abs(end.x() - box.right()) < Math.abs(end.x() - box.x())) {
			return Math.abs(end.x() - box.right()) > 1 ? end : new Point(box.right() - ArgumentNodes.SKEW * down, end.y());
		}
		return Math.abs(end.x() - box.x()) > 1 ? end : new Point(box.x() + ArgumentNodes.SKEW * (1 - down), end.y());
	}

	/**
	 * How far inside its box a rounded outline lies at {@code along} on a side of {@code length}, where the corners are
	 * {@code radius} long along the side and {@code depth} deep across it.
	 */
	private static double inset(double along, double length, double radius, double depth) {
		double intoCorner = radius - Math.min(along, length - along);
		if (intoCorner <= 0) {
			return 0;
		}
		double t = Math.min(1, intoCorner / radius);
		return depth * (1 - Math.sqrt(1 - t * t));
	}

	/**
	 * The head of an arrow of this kind at the end of the segment: a filled triangle, hollow for GSN's in-context-of.
	 */
	private static Mark arrowhead(Point from, Point tip, EdgeKind kind, Theme theme) {
		String color = theme.arrow(kind);
		Path filled = arrowhead(from, tip, color);
		return kind == EdgeKind.IN_CONTEXT_OF ? new Path(filled.points(), true, new Style(theme.background(), color, 1.2, null)) : filled;
	}

	/** A filled triangle whose tip is the end of the segment. */
	private static Path arrowhead(Point from, Point tip, String color) {
		double length = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
		double ux = length == 0 ? 1 : (tip.x() - from.x()) / length;
		double uy = length == 0 ? 0 : (tip.y() - from.y()) / length;
		Point base = new Point(tip.x() - ux * ARROWHEAD_LENGTH, tip.y() - uy * ARROWHEAD_LENGTH);
		Point left = new Point(base.x() - uy * ARROWHEAD_HALF_WIDTH, base.y() + ux * ARROWHEAD_HALF_WIDTH);
		Point right = new Point(base.x() + uy * ARROWHEAD_HALF_WIDTH, base.y() - ux * ARROWHEAD_HALF_WIDTH);
		return new Path(List.of(tip, left, right), true, new Style(color, color, 1, null));
	}

	/** The colour under a label: the group's when the label lies inside one, else the page's. */
	private static String labelBackground(Diagram diagram, Box label, Theme theme) {
		return diagram.nodes().stream().anyMatch(node -> node.node().isGroup() && node.box().contains(label)) ? theme.groupFill()
				: theme.background();
	}

	/** Arrow labels sit on a patch of what lies under them, so that arrows running under them do not cross the text. */
	private static Mark edgeLabel(PlacedEdge placed, Box box, String background, Theme theme) {
		return new Group(attributes("class", "edge-label", "data-edge", "edge-" + placed.edge().id()),
				List.of(new Rect(box, 3, new Style(background, null, 0, null)),
						centeredText(placed.edge().label(), box, Fonts.EDGE, theme.mutedText())));
	}

	private static Mark legend(List<EdgeKind> kinds, double x, double y, Theme theme) {
		List<Mark> items = new ArrayList<>();
		for (int row = 0; row < kinds.size(); row++) {
			EdgeKind kind = kinds.get(row);
			double middle = y + row * LEGEND_ROW + LEGEND_ROW / 2;
			Point start = new Point(x, middle);
			Point end = new Point(x + LEGEND_SAMPLE, middle);
			double baseline = middle + Fonts.ascent(Fonts.EDGE) / 2 - 1;
			items.add(new Group(attributes("class", "legend-item", "data-kind", kind.word()), List.of(
					new Path(List.of(start, end), false, new Style(null, theme.arrow(kind), width(kind), dash(kind))),
					arrowhead(start, end, kind, theme),
					new Text(end.x() + 10, baseline, kind.legend(), Fonts.EDGE, false, Fonts.width(Fonts.EDGE, kind.legend()),
							theme.text()))));
		}
		return new Group(attributes("class", "legend"), items);
	}

	private static Text centeredText(String text, Box box, Font font, String color) {
		double baseline = box.y() + box.height() / 2 + Fonts.ascent(font) / 2 - 1;
		return new Text(box.x() + box.width() / 2, baseline, text, font, true, Fonts.width(font, text), color);
	}

	private static Box shift(Box box, double dx, double dy) {
		return new Box(box.x() + dx, box.y() + dy, box.width(), box.height());
	}

	/** Attributes from names and values; a name whose value is {@code null} is left out. */
	private static Map<String, String> attributes(String... namesAndValues) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				attributes.put(namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return attributes;
	}
}
