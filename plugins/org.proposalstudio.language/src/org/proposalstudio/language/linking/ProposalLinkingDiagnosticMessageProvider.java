package org.proposalstudio.language.linking;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;

/** Unresolved names explained in the terms of the language: what kind of thing was looked for, and where. */
public class ProposalLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String name = context.getLinkText();
		Proposal proposal = EcoreUtil2.getContainerOfType(context.getContext(), Proposal.class);
		String message;
		if (reference == ProposalPackage.Literals.PROPOSAL__EXTENDS) {
			message = "No proposal named '" + name + "' in this project";
		} else if (reference == ProposalPackage.Literals.DECLARATION__REPLACES) {
			message = proposal == null || proposal.getExtends() == null
					? "'replaces' names an inherited element, but proposal '" + nameOf(proposal) + "' extends no proposal"
					: "'" + name + "' is not an element of the same kind inherited by proposal '" + nameOf(proposal) + "'";
		} else {
			message = "No " + describe(reference.getEReferenceType()) + " named '" + name + "' in proposal '" + nameOf(proposal)
					+ "'" + (proposal != null && proposal.getExtends() != null ? " or the proposals it extends" : "");
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	private static String nameOf(Proposal proposal) {
		return proposal == null ? "?" : proposal.getName();
	}

	private static String describe(EClass type) {
		ProposalPackage p = ProposalPackage.eINSTANCE;
		if (type == p.getTrainable()) {
			return "trained participant (model, agent, reward model or debater)";
		}
		if (type == p.getMechanism()) {
			return "signal, oversight or limit";
		}
		if (type == p.getAmplifiedModel()) {
			return "amplified model";
		}
		if (type == p.getRewardModel()) {
			return "reward model";
		}
		return type.getName().toLowerCase(Locale.ROOT);
	}
}
