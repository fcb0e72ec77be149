package org.proposalstudio.safetycase;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.model.proposal.Proposal;

/** Sorts a file's findings by the proposal whose text they are in: the safety case of each proposal takes up its own. */
public final class Objections {

	private Objections() {
	}

	/**
	 * The objections among a resource's issues, by the proposal each issue is reported in (a finding on an inherited
	 * element is reported on the extending proposal's {@code extends} clause, and so belongs to it). Issues that are not
	 * the paper's checks, or that name no element, are left out.
	 */
	public static Map<Proposal, List<Objection>> byProposal(Resource resource, List<Issue> issues) {
		Map<Proposal, List<Objection>> objections = new IdentityHashMap<>();
		for (Issue issue : issues) {
			Objection.of(issue).ifPresent(objection -> {
				Proposal proposal = proposalOf(resource, issue);
				if (proposal != null) {
					objections.computeIfAbsent(proposal, key -> new ArrayList<>()).add(objection);
				}
			});
		}
		return objections;
	}

	private static Proposal proposalOf(Resource resource, Issue issue) {
		if (issue.getUriToProblem() == null) {
			return null;
		}
		EObject element = resource.getResourceSet() != null ? resource.getResourceSet().getEObject(issue.getUriToProblem(), false)
				: resource.getEObject(issue.getUriToProblem().fragment());
		while (element != null && !(element instanceof Proposal)) {
			element = element.eContainer();
		}
		return (Proposal) element;
	}
}
