package org.proposalstudio.diagram.scene;

/**
 * A node of a diagram.
 *
 * @param id          unique in its scene
 * @param kind        what it stands for
 * @param label       the text shown, as the paper writes it (M′, Amp(M), Alice₂)
 * @param participant the name of the participant it shows, for the data-source and data-target of its edges
 * @param element     the model element it comes from, as {@code Proposal.element}, naming the proposal that declares it
 * @param parent      the id of the group that encloses it, or {@code null}
 */
public record SceneNode(String id, NodeKind kind, String label, String participant, String element, String parent) {

	public boolean isGroup() {
		return kind == NodeKind.AMPLIFICATION;
	}
}
