package org.proposalstudio.diagram.scene;

import java.util.Locale;

/**
 * What a node of a diagram stands for, which decides its shape and colour: a participant of the paper's figures, or an
 * element of a safety case in the Goal Structuring Notation (GSN).
 */
public enum NodeKind {
	HUMAN, USER, JUDGE, MODEL, AGENT, REWARD_MODEL, FIRST_DEBATER, SECOND_DEBATER,
	/** Amp(M): a group enclosing the human and the model it consults. */
	AMPLIFICATION, ENVIRONMENT, DATASET, QUESTION, ANSWER,
	/** GSN's goal: a rectangle. */
	GOAL,
	/** GSN's strategy: a parallelogram. */
	STRATEGY,
	/** GSN's solution: a circle. */
	SOLUTION,
	/** GSN's context: a rectangle with rounded ends. */
	CONTEXT,
	/** GSN's assumption: an oval marked A. */
	ASSUMPTION,
	/** GSN's justification: an oval marked J. */
	JUSTIFICATION,
	/** The dialectic extension's counter goal: a goal that challenges another element. */
	COUNTER_GOAL;

	/** Whether the node is an element of a GSN argument, drawn with its text under its name. */
	public boolean isArgument() {
		return ordinal() >= GOAL.ordinal();
	}

	/** The word SVG classes and data attributes use: {@code reward-model}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
