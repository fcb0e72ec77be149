package org.proposalstudio.checks;

import org.proposalstudio.model.proposal.Component;

/** How the paper names the four components (§1), and the question each one asks. */
public final class Components {

	private Components() {
	}

	/** The component's name as prose: "inner alignment", "training competitiveness". */
	public static String title(Component component) {
		return switch (component) {
		case OUTER_ALIGNMENT -> "outer alignment";
		case INNER_ALIGNMENT -> "inner alignment";
		case TRAINING_COMPETITIVENESS -> "training competitiveness";
		case PERFORMANCE_COMPETITIVENESS -> "performance competitiveness";
		};
	}

	/** The question an argument for the component answers (§1). */
	public static String question(Component component) {
		return switch (component) {
		case OUTER_ALIGNMENT -> "if training produced a model optimizing this objective, would we like that model?";
		case INNER_ALIGNMENT -> "does training produce a model that actually pursues the objective it was trained on?";
		case TRAINING_COMPETITIVENESS -> "could a team with a reasonable lead afford this training procedure without throwing that lead away?";
		case PERFORMANCE_COMPETITIVENESS -> "would the resulting system fill the economic niches people want advanced AI to fill?";
		};
	}
}
