package org.proposalstudio.model.effective;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.Deployment;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalFactory;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.TheoreticalLimit;

/**
 * A self-contained copy of a proposal with everything it inherits: what checks and diagrams work on. The copy extends
 * nothing and replaces nothing; its references point into the copy, and references to replaced elements are redirected
 * to the replacements. Each copied element remembers the element as written, so that a finding on the copy can be
 * reported where the author wrote it.
 */
public final class EffectiveProposal {

	private final Proposal declared;
	private final Proposal proposal;
	/** Copy to element as written. */
	private final Map<EObject, EObject> origins = new IdentityHashMap<>();

	private EffectiveProposal(Inheritance inheritance) {
		this.declared = inheritance.proposal();
		Copier copier = new Copier(true, true);
		proposal = ProposalFactory.eINSTANCE.createProposal();
		proposal.setName(declared.getName());
		proposal.setDescription(declared.getDescription());
		proposal.setTitle(inheritance.title());
		proposal.setSection(inheritance.section());
		proposal.getCitations().addAll(inheritance.citations());
		proposal.getParticipants().addAll(copier.copyAll(inheritance.participants()));
		proposal.getFlows().addAll(copier.copyAll(inheritance.flows()));
		proposal.getSignals().addAll(copier.copyAll(inheritance.signals()));
		proposal.getOversights().addAll(copier.copyAll(inheritance.oversights()));
		if (inheritance.limit() != null) {
			proposal.setLimit((TheoreticalLimit) copier.copy(inheritance.limit()));
		}
		if (inheritance.deployment() != null) {
			proposal.setDeployment((Deployment) copier.copy(inheritance.deployment()));
		}
		proposal.getArguments().addAll(copier.copyAll(inheritance.arguments()));
		proposal.getFigures().addAll(copier.copyAll(inheritance.figures()));
		copier.copyReferences();
		copier.forEach((original, copy) -> origins.put(copy, original));
		redirectReplacedReferences(copier, inheritance);
	}

	/** Resolves inheritance for {@code declared}; the result does not follow later edits of the model. */
	public static EffectiveProposal of(Proposal declared) {
		return of(Inheritance.of(declared));
	}

	/** The effective proposal of an inheritance already resolved, e.g. by {@link Inheritances} for many proposals. */
	public static EffectiveProposal of(Inheritance inheritance) {
		return new EffectiveProposal(inheritance);
	}

	/** The proposal as the author wrote it. */
	public Proposal declared() {
		return declared;
	}

	/** The copy with everything inherited; it belongs to no resource. */
	public Proposal proposal() {
		return proposal;
	}

	/** The element as written that {@code element} of the copy stands for; {@code null} for the copy's root. */
	public EObject origin(EObject element) {
		return origins.get(element);
	}

	/** The proposal, as written, that declares {@code element} of the copy: the declared proposal or an ancestor. */
	public Proposal declaringProposal(EObject element) {
		for (EObject current = origin(element); current != null; current = current.eContainer()) {
			if (current instanceof Proposal declaring) {
				return declaring;
			}
		}
		return declared;
	}

	/** Whether {@code element} of the copy comes from a proposal that the declared proposal extends. */
	public boolean isInherited(EObject element) {
		return declaringProposal(element) != declared;
	}

	/**
	 * Copied references may still point to elements that were replaced (e.g. an inherited argument relying on the
	 * oversight that the extending proposal replaced): point them at the copy of the replacement.
	 */
	private void redirectReplacedReferences(Copier copier, Inheritance inheritance) {
		for (EObject copy : origins.keySet()) {
			if (copy instanceof Declaration declaration) {
				declaration.setReplaces(null);
			}
			for (EReference reference : copy.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference == ProposalPackage.Literals.DECLARATION__REPLACES || !copy.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					EList<EObject> targets = (EList<EObject>) copy.eGet(reference);
					for (int i = 0; i < targets.size(); i++) {
						EObject redirected = redirect(copier, inheritance, targets.get(i));
						if (redirected != targets.get(i)) {
							targets.set(i, redirected);
						}
					}
				} else {
					EObject target = (EObject) copy.eGet(reference);
					EObject redirected = redirect(copier, inheritance, target);
					if (redirected != target) {
						copy.eSet(reference, redirected);
					}
				}
			}
		}
	}

	private EObject redirect(Copier copier, Inheritance inheritance, EObject target) {
		if (origins.containsKey(target)) {
			return target;
		}
		EObject copyOfReplacement = copier.get(inheritance.replacementOf(target));
		return copyOfReplacement == null ? target : copyOfReplacement;
	}
}
