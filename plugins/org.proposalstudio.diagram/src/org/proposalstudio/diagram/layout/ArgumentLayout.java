package org.proposalstudio.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.proposalstudio.diagram.layout.Diagram.PlacedEdge;
import org.proposalstudio.diagram.layout.Diagram.PlacedNode;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.EdgeKind;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneNode;

/**
 * Lays out a GSN argument as GSN diagrams are drawn: each element above what supports it, its contexts, assumptions and
 * justifications beside it on the right (and the later ones on the left when they are many), the counter goals that
 * challenge it beside it on the left. ELK Layered lays
 * out the supported-by tree, with each element and what stands beside it as one node; the children of an element keep
 * the order the argument lists them in, through fixed port positions along its bottom. The elements beside are set in
 * a column next to their element, and joined to it by square arrows.
 * <p>
 * An element stands beside one element only: the scene gives a context shared by several goals a node per goal.
 */
public final class ArgumentLayout {

	/** Between an element and the column beside it. */
	private static final double COLUMN_GAP = 26;
	/** Between the elements of a column. */
	private static final double ROW_GAP = 10;

	private final Scene scene;
	/** Per element of the tree: what stands beside it, on each side. */
	private final Map<String, Cluster> clusters = new LinkedHashMap<>();
	private final Map<String, SceneNode> nodes = new LinkedHashMap<>();

	private ArgumentLayout(Scene scene) {
		this.scene = scene;
		scene.nodes().forEach(node -> nodes.put(node.id(), node));
	}

	/**
	 * The most elements an argument's diagram lays out, as many as the largest unrolled figure: a safety case of real
	 * proposals has tens, and one of thousands is still laid out in seconds.
	 */
	public static final int MAX_ELEMENTS = 20_000;

	static Diagram layout(Scene scene) {
		if (scene.nodes().size() > MAX_ELEMENTS) {
			throw new DiagramException(String.format(Locale.ROOT,
					"The safety case of '%s' has %,d elements, more than the %,d a diagram lays out; export-safety-case writes it whole",
					scene.proposal(), scene.nodes().size(), MAX_ELEMENTS), null);
		}
		return new ArgumentLayout(scene).run();
	}

	/** An element of the supported-by tree and the elements beside it, laid out as one ELK node. */
	private static final class Cluster {
		final SceneNode element;
		final Point size;
		final List<SceneNode> left = new ArrayList<>();
		final List<SceneNode> right = new ArrayList<>();
		ElkNode elk;
		ElkPort in;
		final List<SceneEdge> out = new ArrayList<>();

		Cluster(SceneNode element) {
			this.element = element;
			this.size = ArgumentNodes.size(element);
		}

		/**
		 * Puts the later half of a long column of contexts on the left, where nothing challenges the element, so that
		 * the cluster is wide rather than tall: GSN draws contexts on either side.
		 */
		void balance() {
			if (left.isEmpty() && right.size() > 2) {
				List<SceneNode> later = right.subList((right.size() + 1) / 2, right.size());
				left.addAll(later);
				later.clear();
			}
		}

		double leftWidth() {
			return columnWidth(left);
		}

		double width() {
			return leftWidth() + size.x() + columnWidth(right);
		}

		double height() {
			return Math.max(elementTop() + size.y(), Math.max(columnTop(left) + columnHeight(left), columnTop(right) + columnHeight(right)));
		}

		/** The element's box in the cluster's coordinates: after the left column, as high as the columns let it. */
		Box elementBox() {
			return new Box(leftWidth(), elementTop(), size.x(), size.y());
		}

		/** How far down the element stands: so far that the first element of each column can be level with its middle. */
		private double elementTop() {
			double firstHalf = Math.max(firstHeight(left), firstHeight(right)) / 2;
			return Math.max(0, firstHalf - size.y() / 2);
		}

		/** Where a column starts: with its first element level with the middle of the element. */
		double columnTop(List<SceneNode> column) {
			return column.isEmpty() ? 0 : elementTop() + size.y() / 2 - firstHeight(column) / 2;
		}

		private static double firstHeight(List<SceneNode> column) {
			return column.isEmpty() ? 0 : ArgumentNodes.size(column.get(0)).y();
		}

		private static double columnWidth(List<SceneNode> column) {
			return column.stream().mapToDouble(node -> ArgumentNodes.size(node).x()).max().stream().map(width -> width + COLUMN_GAP)
					.findFirst().orElse(0);
		}

		private static double columnHeight(List<SceneNode> column) {
			return column.stream().mapToDouble(node -> ArgumentNodes.size(node).y() + ROW_GAP).sum() - (column.isEmpty() ? 0 : ROW_GAP);
		}
	}

	private Diagram run() {
		Map<String, String> besideOf = new LinkedHashMap<>();
		for (SceneEdge edge : scene.edges()) {
			if (edge.kind() == EdgeKind.IN_CONTEXT_OF) {
				besideOf.put(edge.target(), edge.source());
			} else if (edge.kind() == EdgeKind.CHALLENGES) {
				besideOf.put(edge.source(), edge.target());
			}
		}
		for (SceneNode node : scene.nodes()) {
			if (!besideOf.containsKey(node.id())) {
				clusters.put(node.id(), new Cluster(node));
			}
		}
		for (SceneEdge edge : scene.edges()) {
			if (edge.kind() == EdgeKind.IN_CONTEXT_OF) {
				clusterOf(edge.source()).right.add(nodes.get(edge.target()));
			} else if (edge.kind() == EdgeKind.CHALLENGES) {
				clusterOf(edge.target()).left.add(nodes.get(edge.source()));
			}
		}
		clusters.values().forEach(Cluster::balance);
		ElkNode graph = ElkGraphUtil.createGraph();
		DiagramLayout.configure(graph, Scene.Arrangement.ARGUMENT);
		double order = 0;
		for (Cluster cluster : clusters.values()) {
			cluster.elk = ElkGraphUtil.createNode(graph);
			cluster.elk.setIdentifier(cluster.element.id());
			cluster.elk.setDimensions(cluster.width(), cluster.height());
			// the order of the argument, which the interactive crossing minimization keeps within each layer: it sorts, where
			// minimizing crossings across hundreds of oversight mechanisms took minutes
			cluster.elk.setLocation(order, 0);
			order += cluster.width() + 1;
			cluster.elk.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
		}
		for (SceneEdge edge : scene.edges()) {
			if (edge.kind() == EdgeKind.SUPPORTED_BY) {
				clusterOf(edge.source()).out.add(edge);
			}
		}
		Map<ElkEdge, SceneEdge> laidOut = new LinkedHashMap<>();
		for (Cluster cluster : clusters.values()) {
			Box element = cluster.elementBox();
			for (int i = 0; i < cluster.out.size(); i++) {
				SceneEdge edge = cluster.out.get(i);
				// the children's order along the bottom of the element is the order the argument lists them in
				ElkPort out = port(cluster.elk, PortSide.SOUTH, element.x() + element.width() * (i + 1) / (cluster.out.size() + 1),
						cluster.height());
				laidOut.put(ElkGraphUtil.createSimpleEdge(out, inPort(clusterOf(edge.target()))), edge);
			}
		}
		DiagramLayout.run(graph, scene);
		return DiagramLayout.withinMargins(read(graph, laidOut));
	}

	private Cluster clusterOf(String id) {
		Cluster cluster = clusters.get(id);
		if (cluster == null) {
			throw new IllegalArgumentException("an element of the argument stands beside two others: " + id);
		}
		return cluster;
	}

	/** The one port on the top of an element, which every arrow from what it supports enters. */
	private static ElkPort inPort(Cluster cluster) {
		if (cluster.in == null) {
			Box element = cluster.elementBox();
			cluster.in = port(cluster.elk, PortSide.NORTH, element.x() + element.width() / 2, 0);
		}
		return cluster.in;
	}

	private static ElkPort port(ElkNode node, PortSide side, double x, double y) {
		ElkPort port = ElkGraphUtil.createPort(node);
		port.setProperty(CoreOptions.PORT_SIDE, side);
		port.setDimensions(0, 0);
		port.setLocation(x, y);
		return port;
	}

	private Diagram read(ElkNode graph, Map<ElkEdge, SceneEdge> laidOut) {
		Map<String, Box> boxes = new LinkedHashMap<>();
		for (Cluster cluster : clusters.values()) {
			double x = cluster.elk.getX();
			double y = cluster.elk.getY();
			Box element = shift(cluster.elementBox(), x, y);
			boxes.put(cluster.element.id(), element);
			column(cluster.left, x, y + cluster.columnTop(cluster.left), boxes, true, cluster.leftWidth());
			column(cluster.right, element.right() + COLUMN_GAP, y + cluster.columnTop(cluster.right), boxes, false, 0);
		}
		List<PlacedNode> placedNodes = scene.nodes().stream().map(node -> new PlacedNode(node, boxes.get(node.id()))).toList();
		Map<String, PlacedEdge> placedEdges = new LinkedHashMap<>();
		laidOut.forEach((elkEdge, edge) -> placedEdges.put(edge.id(),
				new PlacedEdge(edge, supportRoute(elkEdge, boxes.get(edge.source()), boxes.get(edge.target())), null)));
		for (SceneEdge edge : scene.edges()) {
			if (edge.kind() == EdgeKind.IN_CONTEXT_OF) {
				placedEdges.put(edge.id(), new PlacedEdge(edge, besideRoute(boxes.get(edge.source()), boxes.get(edge.target()), true), null));
			} else if (edge.kind() == EdgeKind.CHALLENGES) {
				placedEdges.put(edge.id(), new PlacedEdge(edge, besideRoute(boxes.get(edge.target()), boxes.get(edge.source()), false), null));
			}
		}
		List<PlacedEdge> edges = scene.edges().stream().map(edge -> placedEdges.get(edge.id())).toList();
		return new Diagram(scene, graph.getWidth(), graph.getHeight(), placedNodes, edges);
	}

	/**
	 * Sets a column of elements beside another, from the top of the cluster down; a left column is right-aligned against
	 * its element.
	 */
	private static void column(List<SceneNode> column, double x, double y, Map<String, Box> boxes, boolean left, double leftWidth) {
		double top = y;
		for (SceneNode node : column) {
			Point size = ArgumentNodes.size(node);
			double nodeX = left ? x + leftWidth - COLUMN_GAP - size.x() : x;
			boxes.put(node.id(), new Box(nodeX, top, size.x(), size.y()));
			top += size.y() + ROW_GAP;
		}
	}

	/**
	 * The route of a supported-by arrow as ELK laid it out, from the bottom of one cluster to the top of another; it
	 * runs on, straight, from the bottom of the source element and to the top of the target element, which the columns
	 * beside them may set inside their clusters.
	 */
	private static List<Point> supportRoute(ElkEdge elkEdge, Box source, Box target) {
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : elkEdge.getSections()) {
			points.add(new Point(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(bend.getX(), bend.getY()));
			}
			points.add(new Point(section.getEndX(), section.getEndY()));
		}
		Point start = points.get(0);
		if (start.y() > source.bottom()) {
			points.add(0, new Point(start.x(), source.bottom()));
		}
		Point end = points.get(points.size() - 1);
		if (end.y() < target.y()) {
			points.add(new Point(end.x(), target.y()));
		}
		return points;
	}

	/**
	 * A square route between an element and one beside it: out of the element's side, across the gap, and into the side
	 * of the other, at the height of its middle.
	 *
	 * @param fromElement whether the route starts at the element (in-context-of) or at the one beside it (a challenge)
	 */
	private static List<Point> besideRoute(Box element, Box beside, boolean fromElement) {
		boolean right = beside.x() > element.x();
		double elementSide = right ? element.right() : element.x();
		double besideSide = right ? beside.x() : beside.right();
		double middle = (elementSide + besideSide) / 2;
		double besideY = beside.y() + beside.height() / 2;
		double elementY = element.y() + element.height() / 2;
		List<Point> route = new ArrayList<>(List.of(new Point(elementSide, elementY), new Point(middle, elementY), new Point(middle, besideY),
				new Point(besideSide, besideY)));
		if (elementY == besideY) {
			route = new ArrayList<>(List.of(route.get(0), route.get(3)));
		}
		if (!fromElement) {
			Collections.reverse(route);
		}
		return route;
	}

	private static Box shift(Box box, double dx, double dy) {
		return new Box(box.x() + dx, box.y() + dy, box.width(), box.height());
	}
}
