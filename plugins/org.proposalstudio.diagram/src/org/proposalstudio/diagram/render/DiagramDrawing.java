package org.proposalstudio.diagram.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Map<String, String> attributes = attributes("class", "node " + node.kind().word(), "id", "node-" + node.id(), "data-kind",
				node.kind().word(), "data-participant", node.participant(), "data-element", node.element());
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
		Style style = new Style(theme.nodeFill(), theme.nodeStroke(node.kind()), 1.5, null);
		Mark shape = switch (node.kind()) {
		case QUESTION, ANSWER -> new Ellipse(box, style);
		case ENVIRONMENT, DATASET -> new Rect(box, cornerRadius(node, box), new Style(theme.groupFill(), theme.text(), 2.5, null));
		default -> new Rect(box, cornerRadius(node, box), style);
		};
		return new Group(attributes, List.of(shape, centeredText(node.label(), box, Fonts.NODE, theme.text())));
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
		String dash = edge.kind() == EdgeKind.CROSS_EXAMINATION ? "7 4" : null;
		List<Mark> parts = new ArrayList<>();
		parts.add(new Path(points, false, new Style(null, color, EDGE_WIDTH, dash)));
		parts.add(arrowhead(points.get(points.size() - 2), points.get(points.size() - 1), color));
		if (edge.bidirectional()) {
			parts.add(arrowhead(points.get(1), points.get(0), color));
		}
		return new Group(attributes("class", "edge " + edge.kind().word(), "id", "edge-" + edge.id(), "data-kind", edge.kind().word(),
				"data-source", source.node().participant(), "data-target", target.node().participant(),
				"data-element", edge.element()), parts);
	}

	/**
	 * The radius of the corners of a node's box: humans, users and judges have round ends, environments and data sets
	 * square corners; questions and answers are ellipses, whose "corners" are as large as the box allows.
	 */
	private static double cornerRadius(SceneNode node, Box box) {
		return switch (node.kind()) {
		case QUESTION, ANSWER -> Double.MAX_VALUE;
		case HUMAN, USER, JUDGE -> box.height() / 2;
		case ENVIRONMENT, DATASET -> 0;
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

	/** A filled triangle whose tip is the end of the segment. */
	private static Mark arrowhead(Point from, Point tip, String color) {
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
			String color = theme.arrow(kind);
			String dash = kind == EdgeKind.CROSS_EXAMINATION ? "7 4" : null;
			double baseline = middle + Fonts.ascent(Fonts.EDGE) / 2 - 1;
			items.add(new Group(attributes("class", "legend-item", "data-kind", kind.word()), List.of(
					new Path(List.of(start, end), false, new Style(null, color, EDGE_WIDTH, dash)), arrowhead(start, end, color),
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

	private static Map<String, String> attributes(String... namesAndValues) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			attributes.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return attributes;
	}
}
