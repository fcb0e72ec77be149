package org.proposalstudio.diagram.scene;

import java.util.Locale;

import org.proposalstudio.model.proposal.RelationKind;

/** The arrow kinds of the paper's visual language (FIGURES.md), and the relations of a GSN argument. */
public enum EdgeKind {
	INFORMATION(RelationKind.INFORMATION, "information transfer"),
	AMPLIFICATION(RelationKind.AMPLIFICATION, "amplification"),
	TRAINING(RelationKind.TRAINING, "training"),
	IMITATION(RelationKind.IMITATION, "imitative loss"),
	OVERSIGHT(RelationKind.OVERSIGHT, "oversight"),
	APPROVAL(RelationKind.APPROVAL, "approval"),
	REWARD_MODELING(RelationKind.REWARD_MODELING, "reward modeling"),
	RL(RelationKind.RL, "RL loss"),
	PREDICTION(RelationKind.PREDICTION, "prediction loss"),
	CROSS_EXAMINATION(RelationKind.CROSS_EXAMINATION, "cross-examination"),
	FIRST_DEBATER_ARGUMENT(RelationKind.ARGUMENT, "first debater's arguments"),
	SECOND_DEBATER_ARGUMENT(RelationKind.ARGUMENT, "second debater's arguments"),
	/** GSN: a goal or strategy is supported by a goal, strategy or solution (a filled arrowhead). */
	SUPPORTED_BY(null, "supported by"),
	/** GSN: a goal or strategy is stated in the context of a context, assumption or justification (a hollow arrowhead). */
	IN_CONTEXT_OF(null, "in context of"),
	/** GSN's dialectic extension: a counter goal challenges an element (dashed). */
	CHALLENGES(null, "challenges");

	private final RelationKind relation;
	private final String legend;

	EdgeKind(RelationKind relation, String legend) {
		this.relation = relation;
		this.legend = legend;
	}

	/** The relation kind a figure selects with 'arrows'; {@code null} for the relations of GSN, which no figure draws. */
	public RelationKind relation() {
		return relation;
	}

	/** How the legend names the arrow. */
	public String legend() {
		return legend;
	}

	/** The word SVG classes and data attributes use: {@code reward-modeling}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
