package org.proposalstudio.diff;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.report.Diagnostic;

/**
 * One of the two proposals compared: how to name it, the proposal with everything it inherits, and its diagnostics.
 *
 * @param label       how the reader names it, e.g. {@code s03.proposal#ImitativeAmplificationIntermittentOversight}
 * @param effective   the proposal with what it inherits
 * @param diagnostics the diagnostics of its text
 */
public record Side(String label, EffectiveProposal effective, List<Diagnostic> diagnostics) {

	public Side {
		diagnostics = List.copyOf(diagnostics);
	}

	/** The side of a parsed proposal, with those of its file's diagnostics that lie within the proposal's text. */
	public static Side of(String label, Proposal declared, List<Diagnostic> fileDiagnostics) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(declared);
		List<Diagnostic> own = node == null ? fileDiagnostics
				: fileDiagnostics.stream().filter(diagnostic -> diagnostic.line() >= node.getStartLine() && diagnostic.line() <= node.getEndLine())
						.toList();
		return new Side(label, EffectiveProposal.of(declared), own);
	}

	public Proposal proposal() {
		return effective.proposal();
	}
}
