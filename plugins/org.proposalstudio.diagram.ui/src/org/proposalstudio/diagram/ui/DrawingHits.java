package org.proposalstudio.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Drawing.Ellipse;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.Drawing.Rect;

/**
 * What lies under a point of a drawing: the node or arrow groups that {@code DiagramDrawing} composes, each with the
 * {@code data-element} that names the model element it shows. The topmost wins, as the eye sees it.
 */
final class DrawingHits {

	/** How far from an arrow a click still hits it, in diagram units. */
	private static final double ARROW_TOLERANCE = 5;

	private DrawingHits() {
	}

	/** The node and arrow groups of the drawing, in drawing order. */
	static List<Group> groups(Drawing drawing) {
		List<Group> groups = new ArrayList<>();
		drawing.marks().forEach(mark -> collect(mark, groups));
		return groups;
	}

	private static void collect(Mark mark, List<Group> groups) {
		if (mark instanceof Group group) {
			if (group.attributes().containsKey("data-element")) {
				groups.add(group);
			} else {
				group.children().forEach(child -> collect(child, groups));
			}
		}
	}

	/** The topmost node or arrow at {@code point}; an arrow's label counts as the arrow. */
	static Optional<Group> at(Drawing drawing, Point point) {
		List<Group> groups = groups(drawing);
		List<Group> labels = new ArrayList<>();
		drawing.marks().forEach(mark -> {
			if (mark instanceof Group group && "edge-label".equals(group.attributes().get("class"))) {
				labels.add(group);
			}
		});
		for (int i = labels.size() - 1; i >= 0; i--) {
			Group label = labels.get(i);
			if (label.children().get(0) instanceof Rect patch && inside(patch.box(), point)) {
				String edge = label.attributes().get("data-edge");
				return groups.stream().filter(group -> edge.equals(group.attributes().get("id"))).findFirst();
			}
		}
		for (int i = groups.size() - 1; i >= 0; i--) {
			if (hits(groups.get(i).children().get(0), point)) {
				return Optional.of(groups.get(i));
			}
		}
		return Optional.empty();
	}

	private static boolean hits(Mark shape, Point point) {
		if (shape instanceof Rect rect) {
			return inside(rect.box(), point);
		}
		if (shape instanceof Ellipse ellipse) {
			Box box = ellipse.box();
			double dx = (point.x() - box.x() - box.width() / 2) / (box.width() / 2);
			double dy = (point.y() - box.y() - box.height() / 2) / (box.height() / 2);
			return dx * dx + dy * dy <= 1;
		}
		if (shape instanceof Drawing.Path path) {
			List<Point> points = path.points();
			for (int i = 1; i < points.size(); i++) {
				if (distance(point, points.get(i - 1), points.get(i)) <= ARROW_TOLERANCE) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean inside(Box box, Point point) {
		return point.x() >= box.x() && point.x() <= box.right() && point.y() >= box.y() && point.y() <= box.bottom();
	}

	/** The distance from a point to a segment. */
	private static double distance(Point point, Point from, Point to) {
		double dx = to.x() - from.x();
		double dy = to.y() - from.y();
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((point.x() - from.x()) * dx + (point.y() - from.y()) * dy) / lengthSquared));
		return Math.hypot(point.x() - from.x() - t * dx, point.y() - from.y() - t * dy);
	}
}
