package org.proposalstudio.safetycase;

/**
 * The GSN elements a safety case is made of (GSN Community Standard, version 3, with its dialectic extension for
 * counter goals), with the type name and identifier prefix gsn2x gives them.
 */
public enum ElementKind {
	/** A claim: the proposal, a component, an oversight mechanism. */
	GOAL("Goal", "G"),
	/** How a goal is broken down: over the four components. */
	STRATEGY("Strategy", "S"),
	/** Evidence a goal rests on: a training signal, an oversight tool. */
	SOLUTION("Solution", "Sn"),
	/** What a goal is stated in: the deployment, the theoretical limit, the paper's sections and citations. */
	CONTEXT("Context", "C"),
	/** A statement taken as given: a participant discarded before deployment, an overseer re-run with its target. */
	ASSUMPTION("Assumption", "A"),
	/** Why a strategy or a goal is sound: the paper's four components, a stated mitigation of a risk. */
	JUSTIFICATION("Justification", "J"),
	/** An objection to an element: a finding of the paper's checks. */
	COUNTER_GOAL("CounterGoal", "CG");

	private final String gsnName;
	private final String idPrefix;

	ElementKind(String gsnName, String idPrefix) {
		this.gsnName = gsnName;
		this.idPrefix = idPrefix;
	}

	/** The type as gsn2x's {@code nodeType} names it: {@code CounterGoal}. */
	public String gsnName() {
		return gsnName;
	}

	/** The prefix GSN tools expect on identifiers of this kind: {@code Sn} for solutions. */
	public String idPrefix() {
		return idPrefix;
	}
}
