package org.proposalstudio.diagram.scene;

import java.util.Locale;

/** What a node of a diagram stands for, which decides its shape and colour. */
public enum NodeKind {
	HUMAN, USER, JUDGE, MODEL, AGENT, REWARD_MODEL, FIRST_DEBATER, SECOND_DEBATER,
	/** Amp(M): a group enclosing the human and the model it consults. */
	AMPLIFICATION, ENVIRONMENT, DATASET, QUESTION, ANSWER;

	/** The word SVG classes and data attributes use: {@code reward-model}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
