package org.proposalstudio.safetycase;

/**
 * How an element of a safety case is put forward, in the terms of SACM's assertion declaration (which TEA's
 * {@code assertionStatus} mirrors).
 */
public enum AssertionStatus {
	/** Put forward as true, and nothing challenges it. */
	ASSERTED,
	/** An undeveloped goal: nothing supports it yet. */
	NEEDS_SUPPORT,
	/** An assumption: taken as given. */
	ASSUMED,
	/** A developed element that a finding of the checks challenges. */
	DEFEATED
}
