package org.proposalstudio.diagram.scene;

import java.util.Locale;

import org.proposalstudio.model.proposal.RelationKind;

/** The arrow kinds of the paper's visual language (FIGURES.md). */
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
	SECOND_DEBATER_ARGUMENT(RelationKind.ARGUMENT, "second debater's arguments");

	private final RelationKind relation;
	private final String legend;

	EdgeKind(RelationKind relation, String legend) {
		this.relation = relation;
		this.legend = legend;
	}

	/** The relation kind a figure selects with 'arrows'. */
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
