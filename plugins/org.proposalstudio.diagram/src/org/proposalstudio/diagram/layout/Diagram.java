package org.proposalstudio.diagram.layout;

import java.util.List;

import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneNode;

/**
 * A scene laid out: where each node and arrow goes, in absolute coordinates. Renderers draw only this, so that SVG and
 * PNG show the same picture.
 *
 * @param scene  what is drawn
 * @param width  the width of the drawing, title and legend excluded
 * @param height its height
 * @param nodes  groups before their members
 * @param edges  the arrows
 */
public record Diagram(Scene scene, double width, double height, List<PlacedNode> nodes, List<PlacedEdge> edges) {

	/** A node and its box. */
	public record PlacedNode(SceneNode node, Box box) {
	}

	/**
	 * An arrow: the points it runs through, from its source's border to its target's, and the box of its label.
	 *
	 * @param label {@code null} when the edge has no label
	 */
	public record PlacedEdge(SceneEdge edge, List<Point> points, Box label) {
	}

	public PlacedNode node(String id) {
		return nodes.stream().filter(node -> node.node().id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no node " + id));
	}
}
