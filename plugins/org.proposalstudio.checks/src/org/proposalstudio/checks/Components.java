package org.proposalstudio.checks;

import java.util.List;
import java.util.Optional;

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

	/**
	 * The component a finding of the check is about: inner alignment for the checks of the inner alignment story, outer
	 * alignment for a missing limit (outer alignment has nothing to be judged against), the component named in the
	 * issue data for a missing component; none when the finding is about the proposal as a whole (nothing deployed).
	 */
	public static Optional<Component> concernedBy(PaperCheck check, List<String> issueData) {
		return switch (check) {
		case MISSING_COMPONENT -> issueData.isEmpty() ? Optional.empty() : Optional.ofNullable(Component.get(issueData.get(0)));
		case MISSING_LIMIT -> Optional.of(Component.OUTER_ALIGNMENT);
		case NOTHING_DEPLOYED -> Optional.empty();
		case MISSING_INNER_ALIGNMENT, INNER_ALIGNMENT_UNSUPPORTED, OVERSIGHT_WITHOUT_CONDITION, AFTER_THE_FACT_DETECTION,
				OVERSIGHT_OVERFITTING, MYOPIA_VS_NONMYOPIC_SIGNAL, APPROVAL_OBFUSCATION, OVERSEER_WEAKER, UNOVERSEEN_AUXILIARY,
				NO_OPTIMIZATION_NEEDS_TRANSPARENCY, DEBATE_DECEPTION_CONDITION, META_LEARNING_FORWARDING ->
			Optional.of(Component.INNER_ALIGNMENT);
		};
	}
}
