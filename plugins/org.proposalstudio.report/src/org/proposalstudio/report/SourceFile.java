package org.proposalstudio.report;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;

/**
 * A proposal file as the report sees it: its proposals and its diagnostics.
 *
 * @param name        the file as the reader names it; diagnostics of this file carry the same name
 * @param proposals   the proposals to report, in the order of the file
 * @param diagnostics every diagnostic of the file, including those that are in none of its proposals
 * @param skipped     whether the file's proposals are left out because the file has syntax or linking errors
 */
public record SourceFile(String name, List<Proposal> proposals, List<Diagnostic> diagnostics, boolean skipped) {

	public SourceFile {
		proposals = List.copyOf(proposals);
		diagnostics = List.copyOf(diagnostics);
	}

	/**
	 * A loaded resource with its diagnostics. A file with syntax or linking errors has a partial model: its proposals
	 * are left out and its diagnostics say why.
	 */
	public static SourceFile of(String name, Resource resource, List<Diagnostic> diagnostics) {
		boolean broken = !resource.getErrors().isEmpty();
		List<Proposal> proposals = broken || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ProposalModel model)
				? List.of()
				: model.getProposals();
		return new SourceFile(name, proposals, diagnostics, broken);
	}
}
