package org.proposalstudio.diagram.scene;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A diagram before layout: the nodes and arrows a figure declaration of a proposal implies. Nodes and edges keep a
 * deterministic order, so that the same model always gives the same picture.
 *
 * @param proposal     the proposal the figure is drawn for
 * @param figure       the figure's name
 * @param title        the figure's title
 * @param caption      its caption, or an empty string
 * @param paperFigures the numbers of the paper's figures it reproduces
 * @param arrangement  how the diagram is read: a flow, a tree from its root, a chain of versions
 * @param nodes        groups before their members
 * @param edges        the arrows
 */
public record Scene(String proposal, String figure, String title, String caption, List<Integer> paperFigures,
		Arrangement arrangement, List<SceneNode> nodes, List<SceneEdge> edges) {

	/** How a diagram is read, which its layout follows. */
	public enum Arrangement {
		/** Participants and the arrows between them, read left to right. */
		FLOW,
		/** An unrolled tree, root on top: the limit or the debate. */
		TREE,
		/** Successive model versions, the newest on top (figure 14). */
		CHAIN,
		/** A GSN argument: the top goal on top, what supports each element below it. */
		ARGUMENT
	}

	public Scene {
		paperFigures = List.copyOf(paperFigures);
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The arrow kinds the scene uses, in the order of the legend. */
	public Set<EdgeKind> legend() {
		Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
		edges.forEach(edge -> kinds.add(edge.kind()));
		return kinds;
	}

	public Optional<SceneNode> node(String id) {
		return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
	}

	/** The name of a rendering of this scene: proposal and figure, e.g. {@code MicroscopeAI-microscope}. */
	public String fileName() {
		return proposal + "-" + figure;
	}
}
