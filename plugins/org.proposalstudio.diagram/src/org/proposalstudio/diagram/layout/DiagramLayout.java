package org.proposalstudio.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
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
 * Lays a scene out with ELK Layered: flows left to right with orthogonal arrows, trees top-down, version chains
 * bottom-up (the newest model on top). Amp(M) groups are compound nodes laid out with their members, so arrows can
 * enter them; edge labels get room of their own. The same scene always gives the same layout.
 */
public final class DiagramLayout {

	/** Node boxes leave this much room around their label. */
	static final double NODE_PADDING_X = 14;
	static final double NODE_PADDING_Y = 9;
	/** The empty border around a diagram. */
	static final double MARGIN = 20;
	/** How far left of the nodes they join overlay arrows run. */
	static final double OVERLAY_OFFSET = 22;
	/** Room at the top of a group for its label. */
	static final double GROUP_LABEL_ROOM = 26;
	/** ELK Layered recurses deeply on large trees; 10,000 nodes overflow a default thread stack. */
	public static final long LAYOUT_STACK_BYTES = 512L * 1024 * 1024;

	static {
		if (LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			// inside Eclipse ELK's extension registry provides the algorithms; in plain Java they are registered here
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
	}

	private DiagramLayout() {
	}

	/** Lays the scene out; fails with a {@link DiagramException} that says why, never with ELK's internals. */
	public static Diagram layout(Scene scene) {
		if (scene.arrangement() == Scene.Arrangement.ARGUMENT) {
			return ArgumentLayout.layout(scene);
		}
		ElkScene elk = build(scene);
		run(elk.graph(), scene);
		return read(elk, scene);
	}

	/**
	 * The ELK graph that {@link #layout} lays out for the scene, configured and not laid out yet. It lets the benchmarks
	 * time ELK alone on exactly our graph: {@link RecursiveGraphLayoutEngine} on a thread of {@link #LAYOUT_STACK_BYTES}.
	 */
	public static ElkNode elkGraph(Scene scene) {
		return build(scene).graph();
	}

	/** A scene's ELK graph and the scene element each of its nodes and edges stands for, in the scene's order. */
	private record ElkScene(ElkNode graph, Map<String, ElkNode> nodes, Map<ElkNode, SceneNode> sceneNodes, Map<ElkEdge, SceneEdge> edges) {
	}

	private static ElkScene build(Scene scene) {
		ElkNode graph = ElkGraphUtil.createGraph();
		configure(graph, scene.arrangement());
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		Map<ElkNode, SceneNode> sceneNodes = new IdentityHashMap<>();
		for (SceneNode node : scene.nodes()) {
			ElkNode parent = node.parent() == null ? graph : nodes.get(node.parent());
			ElkNode elkNode = ElkGraphUtil.createNode(parent);
			elkNode.setIdentifier(node.id());
			if (node.isGroup()) {
				double labelWidth = Fonts.width(Fonts.GROUP, node.label()) + 2 * NODE_PADDING_X;
				elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_LABEL_ROOM + NODE_PADDING_Y, NODE_PADDING_X, NODE_PADDING_Y,
						NODE_PADDING_X));
				elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(labelWidth, GROUP_LABEL_ROOM + 20));
			} else {
				double width = Fonts.width(Fonts.NODE, node.label()) + 2 * NODE_PADDING_X;
				double height = Fonts.lineHeight(Fonts.NODE) + 2 * NODE_PADDING_Y;
				elkNode.setDimensions(width, height);
				// a node that many arrows enter grows, so that their arrowheads keep apart
				elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.PORTS, SizeConstraint.MINIMUM_SIZE));
				elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
			}
			nodes.put(node.id(), elkNode);
			sceneNodes.put(elkNode, node);
		}
		Map<ElkEdge, SceneEdge> edges = new LinkedHashMap<>();
		for (SceneEdge edge : scene.edges()) {
			if (edge.overlay()) {
				continue;
			}
			ElkEdge elkEdge = scene.arrangement() == Scene.Arrangement.TREE ? treeEdge(nodes.get(edge.source()), nodes.get(edge.target()))
					: ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target()));
			elkEdge.setIdentifier(edge.id());
			if (edge.label() != null) {
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
				label.setDimensions(Fonts.width(Fonts.EDGE, edge.label()) + 4, Fonts.lineHeight(Fonts.EDGE));
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			if (edge.kind() == EdgeKind.AMPLIFICATION) {
				// read "M is amplified into Amp(M)" along the layout, whatever arrows come back from Amp(M) to M
				elkEdge.setProperty(LayeredOptions.PRIORITY_DIRECTION, 10);
			}
			edges.put(elkEdge, edge);
		}
		return new ElkScene(graph, nodes, sceneNodes, edges);
	}

	/**
	 * An edge of a tree, from a port on the bottom of the parent to one on the top of the child. A parent's ports keep
	 * the order in which its children were unrolled (only their order along the side counts), so the only layout
	 * without crossings puts the children in that order: the first path is the leftmost. ELK's own way to keep the
	 * model's order, {@code considerModelOrder}, sorts each layer with a comparator whose cost grows faster than the
	 * square of the layer's width: a tree of 1,000 nodes took seconds, one of 10,000 did not finish.
	 */
	private static ElkEdge treeEdge(ElkNode parent, ElkNode child) {
		ElkPort out = ElkGraphUtil.createPort(parent);
		out.setProperty(CoreOptions.PORT_SIDE, PortSide.SOUTH);
		out.setLocation(parent.getPorts().size(), parent.getHeight());
		parent.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
		ElkPort in = ElkGraphUtil.createPort(child);
		in.setProperty(CoreOptions.PORT_SIDE, PortSide.NORTH);
		child.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
		return ElkGraphUtil.createSimpleEdge(out, in);
	}

	/** The diagram of a laid-out ELK graph. */
	private static Diagram read(ElkScene elk, Scene scene) {
		List<PlacedNode> placedNodes = new ArrayList<>();
		elk.nodes().values().forEach(elkNode -> placedNodes.add(new PlacedNode(elk.sceneNodes().get(elkNode), absoluteBox(elkNode))));
		Map<String, Box> boxes = new LinkedHashMap<>();
		placedNodes.forEach(placed -> boxes.put(placed.node().id(), placed.box()));
		List<PlacedEdge> placedEdges = new ArrayList<>();
		elk.edges().forEach((elkEdge, edge) -> placedEdges.add(placeEdge(elkEdge, edge)));
		scene.edges().stream().filter(SceneEdge::overlay)
				.forEach(edge -> placedEdges.add(new PlacedEdge(edge, overlayRoute(boxes.get(edge.source()), boxes.get(edge.target())), null)));
		return withinMargins(new Diagram(scene, elk.graph().getWidth(), elk.graph().getHeight(), placedNodes, placedEdges));
	}

	/** Moves the diagram so that everything, overlay arrows included, keeps the page margin, and sizes it to fit. */
	static Diagram withinMargins(Diagram diagram) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = 0;
		double maxY = 0;
		for (PlacedNode node : diagram.nodes()) {
			minX = Math.min(minX, node.box().x());
			minY = Math.min(minY, node.box().y());
			maxX = Math.max(maxX, node.box().right());
			maxY = Math.max(maxY, node.box().bottom());
		}
		for (PlacedEdge edge : diagram.edges()) {
			for (Point point : edge.points()) {
				minX = Math.min(minX, point.x());
				minY = Math.min(minY, point.y());
				maxX = Math.max(maxX, point.x());
				maxY = Math.max(maxY, point.y());
			}
		}
		if (diagram.nodes().isEmpty()) {
			return diagram;
		}
		double dx = MARGIN - minX;
		double dy = MARGIN - minY;
		List<PlacedNode> nodes = diagram.nodes().stream().map(node -> new PlacedNode(node.node(), shift(node.box(), dx, dy))).toList();
		List<PlacedEdge> edges = diagram.edges().stream().map(edge -> new PlacedEdge(edge.edge(),
				edge.points().stream().map(point -> new Point(point.x() + dx, point.y() + dy)).toList(),
				edge.label() == null ? null : shift(edge.label(), dx, dy))).toList();
		return new Diagram(diagram.scene(), maxX + dx + MARGIN, maxY + dy + MARGIN, nodes, edges);
	}

	private static Box shift(Box box, double dx, double dy) {
		return new Box(box.x() + dx, box.y() + dy, box.width(), box.height());
	}

	static void configure(ElkNode graph, Scene.Arrangement arrangement) {
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
		graph.setProperty(LayeredOptions.SPACING_PORT_PORT, 14.0);
		// a model's training loop ("update") stands clear of its node, its arrowhead not hiding the loop
		graph.setProperty(CoreOptions.SPACING_NODE_SELF_LOOP, 18.0);
		switch (arrangement) {
		case FLOW -> {
			graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		}
		case TREE -> {
			graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			// children left to right in the order the tree was unrolled: see treeEdge. A node without arrows, like the
			// judge of a debate, stays in the root's row, beside the tree, rather than in a row of its own
			graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		}
		case CHAIN -> {
			graph.setProperty(CoreOptions.DIRECTION, Direction.UP);
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		}
		case ARGUMENT -> {
			// a GSN argument top-down, its arrows square as GSN tools draw them (see ArgumentLayout)
			graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
			// each element centred over what supports it, as trees of goals are drawn
			graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
			// the four components, and what supports each element, left to right in the order the argument lists them:
			// ArgumentLayout places the nodes in that order before the layout, and each layer keeps it
			graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
		}
		}
	}

	/** Runs ELK on a thread with a large stack, and turns any failure into a message about the figure. */
	static void run(ElkNode graph, Scene scene) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = new Thread(null, () -> {
			try {
				new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
			} catch (Throwable e) { // StackOverflowError and ELK's unchecked exceptions alike
				failure.set(e);
			}
		}, "proposal-diagram-layout", LAYOUT_STACK_BYTES);
		worker.start();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DiagramException("Layout of figure '" + scene.figure() + "' was interrupted", null);
		}
		if (failure.get() != null) {
			throw new DiagramException("Figure '" + scene.figure() + "' of '" + scene.proposal() + "' could not be laid out ("
					+ failure.get().getClass().getSimpleName() + (failure.get().getMessage() != null ? ": " + failure.get().getMessage() : "")
					+ ")", null);
		}
	}

	private static Box absoluteBox(ElkNode node) {
		Point origin = absoluteOrigin(node.getParent());
		return new Box(origin.x() + node.getX(), origin.y() + node.getY(), node.getWidth(), node.getHeight());
	}

	/** Where a node's own coordinate system starts: the sum of its ancestors' positions. */
	static Point absoluteOrigin(ElkNode node) {
		double x = 0;
		double y = 0;
		for (ElkNode current = node; current != null && current.getParent() != null; current = current.getParent()) {
			x += current.getX();
			y += current.getY();
		}
		return new Point(x, y);
	}

	/** Edge coordinates are relative to the node that contains the edge. */
	private static PlacedEdge placeEdge(ElkEdge elkEdge, SceneEdge edge) {
		Point origin = absoluteOrigin(elkEdge.getContainingNode());
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : elkEdge.getSections()) {
			points.add(new Point(origin.x() + section.getStartX(), origin.y() + section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(origin.x() + bend.getX(), origin.y() + bend.getY()));
			}
			points.add(new Point(origin.x() + section.getEndX(), origin.y() + section.getEndY()));
		}
		Box label = elkEdge.getLabels().isEmpty() ? null : labelBox(elkEdge.getLabels().get(0), origin);
		return new PlacedEdge(edge, points, label);
	}

	/**
	 * An arrow drawn over the layout: out of the left side of its source, along a margin left of both nodes, into the
	 * left side of its target, like the side arrows of the paper's debate figures.
	 */
	private static List<Point> overlayRoute(Box source, Box target) {
		double margin = Math.min(source.x(), target.x()) - OVERLAY_OFFSET;
		double sourceY = source.y() + source.height() / 2;
		double targetY = target.y() + target.height() / 2;
		return List.of(new Point(source.x(), sourceY), new Point(margin, sourceY), new Point(margin, targetY),
				new Point(target.x(), targetY));
	}

	private static Box labelBox(ElkLabel label, Point origin) {
		return new Box(origin.x() + label.getX(), origin.y() + label.getY(), label.getWidth(), label.getHeight());
	}
}
