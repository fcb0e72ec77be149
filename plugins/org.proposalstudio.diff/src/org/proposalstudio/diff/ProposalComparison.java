package org.proposalstudio.diff;

import java.util.List;

import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.report.Diagnostic;

/**
 * What differs between two proposals, each taken with everything it inherits: the elements that were added, removed,
 * changed or replaced (the proposal's own facts first, then participants, flows, signals, oversight, limit, deployment,
 * the four arguments and the figures), and the diagnostics only one of them gets.
 *
 * @param older              the old proposal
 * @param newer              the new proposal
 * @param changes            the elements that differ, in the order above
 * @param diagnosticsRemoved diagnostics of the old proposal that the new one does not get
 * @param diagnosticsAdded   diagnostics of the new proposal that the old one did not get
 * @param figures            the figures of both, paired: the new proposal's in its order, each with the old figure it
 *                           stands for (or none), then the old figures that are gone
 */
public record ProposalComparison(Side older, Side newer, List<ElementChange> changes, List<Diagnostic> diagnosticsRemoved,
		List<Diagnostic> diagnosticsAdded, List<FigurePair> figures) {

	/** A figure of the old proposal and the one of the new proposal that stands for it; either may be null. */
	public record FigurePair(Figure older, Figure newer, boolean changed) {
	}

	public ProposalComparison {
		changes = List.copyOf(changes);
		diagnosticsRemoved = List.copyOf(diagnosticsRemoved);
		diagnosticsAdded = List.copyOf(diagnosticsAdded);
		figures = List.copyOf(figures);
	}

	/** Whether the two proposals say the same, and get the same diagnostics. */
	public boolean isSame() {
		return changes.isEmpty() && diagnosticsRemoved.isEmpty() && diagnosticsAdded.isEmpty();
	}
}
