package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.diagram.layout.Diagram;
import org.proposalstudio.diagram.layout.Diagram.PlacedEdge;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Drawing.Ellipse;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.Drawing.Path;
import org.proposalstudio.diagram.render.Drawing.Rect;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** How a laid-out diagram is drawn: arrows meet the shapes they point at. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class DiagramDrawingTest {

	/** How far, in diagram units, an arrow's end may lie from its node's outline. */
	private static final double TOLERANCE = 0.5;

	@Inject
	private Injector injector;

	/** Figures with humans, users or judges (rounded ends) and questions or answers (ellipses) at arrows' ends, and boxes. */
	@ParameterizedTest
	@ValueSource(ints = { 2, 11, 13, 16, 17 })
	void arrowsEndOnTheOutlineOfRoundedNodesNotOnTheirBoxes(int figure) {
		Diagram diagram = DiagramLayout.layout(new ExampleScenes(injector).paperFigure(figure).orElseThrow());
		Drawing drawing = DiagramDrawing.compose(diagram, Theme.LIGHT);
		Map<String, Group> groups = new HashMap<>();
		groups(drawing.marks()).forEach(group -> groups.put(group.attributes().get("id"), group));
		int atRoundedNodes = 0;
		for (PlacedEdge placed : diagram.edges()) {
			List<Point> route = ((Path) groups.get("edge-" + placed.edge().id()).children().get(0)).points();
			Map<Point, String> ends = Map.of(route.get(0), placed.edge().source(), route.get(route.size() - 1), placed.edge().target());
			for (Map.Entry<Point, String> end : ends.entrySet()) {
				Mark shape = groups.get("node-" + end.getValue()).children().get(0);
				if (shape instanceof Ellipse || shape instanceof Rect rect && rect.radius() > 4) {
					atRoundedNodes++;
				}
				assertEquals(0, distanceToOutline(end.getKey(), shape), TOLERANCE,
						"figure " + figure + ": " + placed.edge().id() + " stops off the outline of " + end.getValue());
			}
		}
		assertTrue(atRoundedNodes > 0, "figure " + figure + " has arrows at rounded nodes");
	}

	/** How far the point is from the outline of a rounded rectangle or an ellipse, as the renderers draw them. */
	private static double distanceToOutline(Point point, Mark shape) {
		Box box = shape instanceof Rect rect ? rect.box() : ((Ellipse) shape).box();
		double radius = shape instanceof Rect rect ? rect.radius() : Double.MAX_VALUE;
		// a square corner is a corner of radius next to nothing
		double rx = Math.max(1e-6, Math.min(radius, box.width() / 2));
		double ry = Math.max(1e-6, Math.min(radius, box.height() / 2));
		// the centre of the corner's ellipse nearest the point; along a straight side, the point's own projection
		double cx = Math.max(box.x() + rx, Math.min(point.x(), box.right() - rx));
		double cy = Math.max(box.y() + ry, Math.min(point.y(), box.bottom() - ry));
		double radial = Math.hypot((point.x() - cx) / rx, (point.y() - cy) / ry);
		return Math.abs(radial - 1) * Math.min(rx, ry);
	}

	private static Stream<Group> groups(List<Mark> marks) {
		return marks.stream().filter(Group.class::isInstance).map(Group.class::cast)
				.flatMap(group -> Stream.concat(Stream.of(group), groups(group.children())));
	}
}
