package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.proposalstudio.diagram.layout.ArgumentLayout;
import org.proposalstudio.diagram.layout.ArgumentNodes;
import org.proposalstudio.diagram.layout.Diagram;
import org.proposalstudio.diagram.layout.Diagram.PlacedEdge;
import org.proposalstudio.diagram.layout.Diagram.PlacedNode;
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
import org.proposalstudio.diagram.render.Drawing.Text;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.EdgeKind;
import org.proposalstudio.diagram.scene.NodeKind;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneNode;

/**
 * GSN arguments drawn in the standard notation: each kind of element in its shape, undeveloped goals with their diamond,
 * challenges in the dialectic style, and contexts and counter goals laid out beside what they belong to.
 */
class ArgumentDrawingTest {

	private static final double TOLERANCE = 0.5;

	/** One element of every kind: G1 over S1, which is supported by G2 (undeveloped) and Sn1; CG1 challenges G1. */
	static Scene everyKind() {
		List<SceneNode> nodes = List.of(node("G1", NodeKind.GOAL, false, true), node("C1", NodeKind.CONTEXT, false, false),
				node("A1", NodeKind.ASSUMPTION, false, false), node("S1", NodeKind.STRATEGY, false, false),
				node("J1", NodeKind.JUSTIFICATION, false, false), node("G2", NodeKind.GOAL, true, false),
				node("Sn1", NodeKind.SOLUTION, false, false), node("CG1", NodeKind.COUNTER_GOAL, false, false));
		List<SceneEdge> edges = new ArrayList<>();
		edge(edges, EdgeKind.SUPPORTED_BY, "G1", "S1");
		edge(edges, EdgeKind.IN_CONTEXT_OF, "G1", "C1");
		edge(edges, EdgeKind.IN_CONTEXT_OF, "G1", "A1");
		edge(edges, EdgeKind.IN_CONTEXT_OF, "S1", "J1");
		edge(edges, EdgeKind.SUPPORTED_BY, "S1", "G2");
		edge(edges, EdgeKind.SUPPORTED_BY, "S1", "Sn1");
		edge(edges, EdgeKind.CHALLENGES, "CG1", "G1");
		return new Scene("P", "safety-case", "Safety case: P", "", List.of(), Scene.Arrangement.ARGUMENT, nodes, edges);
	}

	private static SceneNode node(String id, NodeKind kind, boolean undeveloped, boolean defeated) {
		return new SceneNode(id, kind, "Element " + id, null, "P." + id, null,
				"What " + id + " states, at some length so that it wraps over more than one line of its shape.", undeveloped, defeated);
	}

	private static void edge(List<SceneEdge> edges, EdgeKind kind, String source, String target) {
		edges.add(new SceneEdge("e" + (edges.size() + 1), kind, source, target, null, null, false, false));
	}

	@Test
	void eachKindOfElementHasItsGsnShape() {
		Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(everyKind()), Theme.LIGHT);
		Map<String, Group> groups = groups(drawing);
		assertEquals(0, assertInstanceOf(Rect.class, shape(groups, "G1")).radius(), "a goal is a rectangle");
		List<Point> strategy = assertInstanceOf(Path.class, shape(groups, "S1")).points();
		assertEquals(4, strategy.size(), "a strategy is a parallelogram");
		assertEquals(ArgumentNodes.SKEW, strategy.get(0).x() - strategy.get(3).x(), 1e-9, "leaning right");
		assertEquals(strategy.get(1).x() - strategy.get(0).x(), strategy.get(2).x() - strategy.get(3).x(), 1e-9, "with parallel sides");
		Box solution = assertInstanceOf(Ellipse.class, shape(groups, "Sn1")).box();
		assertEquals(solution.width(), solution.height(), 1e-9, "a solution is a circle");
		Rect context = assertInstanceOf(Rect.class, shape(groups, "C1"));
		assertEquals(context.box().height() / 2, context.radius(), 1e-9, "a context is a rectangle with round ends");
		assertInstanceOf(Ellipse.class, shape(groups, "A1"), "an assumption is an oval");
		assertTrue(texts(groups.get("node-A1")).contains("A"), "marked A");
		assertInstanceOf(Ellipse.class, shape(groups, "J1"), "a justification is an oval");
		assertTrue(texts(groups.get("node-J1")).contains("J"), "marked J");
		Rect counter = assertInstanceOf(Rect.class, shape(groups, "CG1"));
		assertEquals(Theme.LIGHT.arrow(EdgeKind.CHALLENGES), counter.style().stroke(), "a counter goal is a goal in the challenges' red");
		assertEquals(Theme.LIGHT.challengeFill(), counter.style().fill());
	}

	@Test
	void anUndevelopedGoalHasADiamondUnderItAndADefeatedElementACross() {
		Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(everyKind()), Theme.LIGHT);
		Map<String, Group> groups = groups(drawing);
		Group undeveloped = groups.get("node-G2");
		assertTrue(undeveloped.attributes().get("class").contains("undeveloped"));
		Rect goal = (Rect) undeveloped.children().get(0);
		List<Path> diamonds = paths(undeveloped).stream().filter(Path::closed).toList();
		assertEquals(1, diamonds.size());
		List<Point> diamond = diamonds.get(0).points();
		assertEquals(4, diamond.size());
		assertEquals(goal.box().bottom() + ArgumentNodes.DIAMOND_GAP, diamond.get(0).y(), 1e-9, "under the goal");
		assertEquals(goal.box().x() + goal.box().width() / 2, diamond.get(0).x(), 1e-9, "in the middle");
		assertEquals(diamond.get(0).x(), diamond.get(2).x(), 1e-9);
		assertEquals(diamond.get(1).y(), diamond.get(3).y(), 1e-9);

		Group defeated = groups.get("node-G1");
		assertTrue(defeated.attributes().get("class").contains("defeated"));
		List<Path> cross = paths(defeated).stream().filter(path -> !path.closed()).toList();
		assertEquals(2, cross.size(), "two strokes");
		Box box = ((Rect) defeated.children().get(0)).box();
		assertEquals(List.of(new Point(box.x(), box.y()), new Point(box.right(), box.bottom())), cross.get(0).points());
		assertTrue(paths(undeveloped).stream().noneMatch(path -> Theme.LIGHT.arrow(EdgeKind.CHALLENGES).equals(path.style().stroke())),
				"an element nothing defeats has no cross");
	}

	@Test
	void arrowsFollowGsnSupportedByFilledInContextOfHollowChallengesDashed() {
		Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(everyKind()), Theme.LIGHT);
		Map<String, Group> groups = groups(drawing);
		for (Group group : groups.values()) {
			if (!group.attributes().getOrDefault("class", "").startsWith("edge ")) {
				continue;
			}
			String kind = group.attributes().get("data-kind");
			Path line = (Path) group.children().get(0);
			Path head = (Path) group.children().get(1);
			assertTrue(head.closed());
			switch (kind) {
			case "supported-by" -> assertEquals(head.style().stroke(), head.style().fill(), "a filled arrowhead");
			case "in-context-of" -> assertEquals(Theme.LIGHT.background(), head.style().fill(), "a hollow arrowhead");
			case "challenges" -> {
				assertEquals("6 4", line.style().dash(), "dashed");
				assertEquals(Theme.LIGHT.arrow(EdgeKind.CHALLENGES), line.style().stroke());
			}
			default -> throw new AssertionError("an arrow of kind " + kind);
			}
		}
		assertEquals(List.of("supported-by", "in-context-of", "challenges"),
				groups.values().stream().filter(group -> "legend-item".equals(group.attributes().get("class"))).map(group -> group.attributes().get("data-kind")).toList());
	}

	@Test
	void contextsStandOnTheRightCounterGoalsOnTheLeftAndSupportBelow() {
		Diagram diagram = DiagramLayout.layout(everyKind());
		Box goal = diagram.node("G1").box();
		Box context = diagram.node("C1").box();
		Box assumption = diagram.node("A1").box();
		Box counter = diagram.node("CG1").box();
		Box strategy = diagram.node("S1").box();
		assertTrue(context.x() >= goal.right(), "the context on the right");
		assertEquals(goal.y() + goal.height() / 2, context.y() + context.height() / 2, TOLERANCE, "level with the goal");
		assertTrue(assumption.y() >= context.bottom(), "and the assumption under it");
		assertTrue(counter.right() <= goal.x(), "the counter goal on the left");
		assertEquals(goal.y() + goal.height() / 2, counter.y() + counter.height() / 2, TOLERANCE);
		assertTrue(strategy.y() > Math.max(goal.bottom(), assumption.bottom()), "what supports the goal below it and its contexts");
		assertTrue(diagram.node("J1").box().x() >= strategy.right());
		Box undeveloped = diagram.node("G2").box();
		Box solution = diagram.node("Sn1").box();
		assertTrue(undeveloped.y() > strategy.bottom() && solution.y() > strategy.bottom());
		assertTrue(undeveloped.right() <= solution.x(), "supporters left to right in the order the argument lists them");
		assertSound(diagram);
	}

	@Test
	void manyContextsOfAnUnchallengedElementStandOnBothSides() {
		List<SceneNode> nodes = List.of(node("G1", NodeKind.GOAL, true, false), node("C1", NodeKind.CONTEXT, false, false),
				node("C2", NodeKind.CONTEXT, false, false), node("C3", NodeKind.CONTEXT, false, false));
		List<SceneEdge> edges = new ArrayList<>();
		List.of("C1", "C2", "C3").forEach(context -> edge(edges, EdgeKind.IN_CONTEXT_OF, "G1", context));
		Diagram diagram = DiagramLayout.layout(new Scene("P", "safety-case", "P", "", List.of(), Scene.Arrangement.ARGUMENT, nodes, edges));
		Box goal = diagram.node("G1").box();
		assertTrue(diagram.node("C1").box().x() >= goal.right() && diagram.node("C2").box().x() >= goal.right(), "the first half on the right");
		assertTrue(diagram.node("C3").box().right() <= goal.x(), "the rest on the left");
		assertEquals(goal.y() + goal.height() / 2, diagram.node("C3").box().y() + diagram.node("C3").box().height() / 2, TOLERANCE);
		assertSound(diagram);
	}

	@Test
	void anArgumentTooLargeToDrawIsRefusedWithAMessageBeforeAnyLayout() {
		List<SceneNode> nodes = new ArrayList<>();
		List<SceneEdge> edges = new ArrayList<>();
		nodes.add(node("G0", NodeKind.GOAL, false, false));
		for (int i = 1; i <= ArgumentLayout.MAX_ELEMENTS; i++) {
			nodes.add(node("Sn" + i, NodeKind.SOLUTION, false, false));
			edge(edges, EdgeKind.SUPPORTED_BY, "G0", "Sn" + i);
		}
		Scene scene = new Scene("Huge", "safety-case", "Huge", "", List.of(), Scene.Arrangement.ARGUMENT, nodes, edges);
		DiagramException refused = assertThrows(DiagramException.class, () -> DiagramLayout.layout(scene));
		assertEquals("The safety case of 'Huge' has 20,001 elements, more than the 20,000 a diagram lays out; export-safety-case writes it whole",
				refused.getMessage());
	}

	@Test
	void textStaysInsideItsShape() {
		Diagram diagram = DiagramLayout.layout(everyKind());
		Drawing drawing = DiagramDrawing.compose(diagram, Theme.LIGHT);
		for (Group group : groups(drawing).values()) {
			if (!group.attributes().getOrDefault("class", "").startsWith("node ")) {
				continue;
			}
			Box box = boxOf(group.children().get(0));
			for (Mark mark : group.children()) {
				if (mark instanceof Text text) {
					double left = text.centered() ? text.x() - text.width() / 2 : text.x();
					assertTrue(left >= box.x() - TOLERANCE && left + text.width() <= box.right() + TOLERANCE,
							group.attributes().get("id") + ": '" + text.text() + "' runs out of its shape");
				}
			}
		}
	}

	@Test
	void theSameArgumentGivesTheSameDrawing() {
		assertEquals(SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(everyKind()), Theme.LIGHT)),
				SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(everyKind()), Theme.LIGHT)));
	}

	private static void assertSound(Diagram diagram) {
		List<PlacedNode> nodes = diagram.nodes();
		Box page = new Box(0, 0, diagram.width(), diagram.height());
		for (int i = 0; i < nodes.size(); i++) {
			assertTrue(page.contains(nodes.get(i).box()), nodes.get(i).node().id() + " lies off the page");
			for (PlacedNode other : nodes.subList(i + 1, nodes.size())) {
				assertFalse(nodes.get(i).box().overlaps(other.box()), nodes.get(i).node().id() + " overlaps " + other.node().id());
			}
		}
		for (PlacedEdge edge : diagram.edges()) {
			List<Point> points = edge.points();
			assertTrue(diagram.node(edge.edge().source()).box().hasOnBorder(points.get(0), TOLERANCE), edge.edge().id() + " starts off its source");
			assertTrue(diagram.node(edge.edge().target()).box().hasOnBorder(points.get(points.size() - 1), TOLERANCE),
					edge.edge().id() + " ends off its target");
			assertNull(edge.label());
		}
	}

	private static Map<String, Group> groups(Drawing drawing) {
		Map<String, Group> groups = new LinkedHashMap<>();
		List<Mark> pending = new ArrayList<>(drawing.marks());
		int legend = 0;
		while (!pending.isEmpty()) {
			Mark mark = pending.remove(0);
			if (mark instanceof Group group) {
				groups.put(group.attributes().getOrDefault("id", "unnamed-" + legend++), group);
				pending.addAll(group.children());
			}
		}
		return groups;
	}

	private static Mark shape(Map<String, Group> groups, String node) {
		return groups.get("node-" + node).children().get(0);
	}

	private static Box boxOf(Mark shape) {
		if (shape instanceof Rect rect) {
			return rect.box();
		}
		if (shape instanceof Ellipse ellipse) {
			return ellipse.box();
		}
		List<Point> points = ((Path) shape).points();
		double minX = points.stream().mapToDouble(Point::x).min().orElseThrow();
		double maxX = points.stream().mapToDouble(Point::x).max().orElseThrow();
		double minY = points.stream().mapToDouble(Point::y).min().orElseThrow();
		double maxY = points.stream().mapToDouble(Point::y).max().orElseThrow();
		return new Box(minX, minY, maxX - minX, maxY - minY);
	}

	private static List<String> texts(Group group) {
		return group.children().stream().filter(Text.class::isInstance).map(mark -> ((Text) mark).text()).toList();
	}

	private static List<Path> paths(Group group) {
		return group.children().stream().filter(Path.class::isInstance).map(Path.class::cast).toList();
	}
}
