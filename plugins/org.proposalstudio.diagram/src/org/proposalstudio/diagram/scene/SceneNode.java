package org.proposalstudio.diagram.scene;

/**
 * A node of a diagram.
 *
 * @param id          unique in its scene
 * @param kind        what it stands for
 * @param label       the text shown, as the paper writes it (M′, Amp(M), Alice₂)
 * @param participant the name of the participant it shows, for the data-source and data-target of its edges;
 *                    {@code null} for a GSN element
 * @param element     the model element it comes from, as {@code Proposal.element}, naming the proposal that declares it;
 *                    {@code null} when it comes from none
 * @param parent      the id of the group that encloses it, or {@code null}
 * @param text        what a GSN element states, drawn under its label; {@code null} for the paper's figures
 * @param undeveloped whether a GSN goal is undeveloped, which a diamond under it marks
 * @param defeated    whether a challenge defeats a GSN element, which a cross over it marks
 */
public record SceneNode(String id, NodeKind kind, String label, String participant, String element, String parent, String text,
		boolean undeveloped, boolean defeated) {

	/** A node of the paper's figures. */
	public SceneNode(String id, NodeKind kind, String label, String participant, String element, String parent) {
		this(id, kind, label, participant, element, parent, null, false, false);
	}

	public boolean isGroup() {
		return kind == NodeKind.AMPLIFICATION;
	}
}
