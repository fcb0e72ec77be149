package org.proposalstudio.diagram.scene;

/**
 * An arrow of a diagram.
 *
 * @param id            unique in its scene
 * @param kind          its kind in the paper's visual language
 * @param source        the id of the node it starts at
 * @param target        the id of the node it ends at
 * @param label         a short text on the arrow, or {@code null}
 * @param element       the model element it comes from, as {@code Proposal.element}
 * @param bidirectional whether it points both ways, as a consultation does
 * @param overlay       whether it is drawn over the layout rather than shaping it: an arrow between two moves of a debate
 *                      tree must not bend the tree
 */
public record SceneEdge(String id, EdgeKind kind, String source, String target, String label, String element,
		boolean bidirectional, boolean overlay) {
}
