package org.proposalstudio.language.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;

import com.google.inject.Inject;

/**
 * Participants and mechanisms are referred to by their simple names inside a proposal, and a proposal sees what it
 * inherits: its scope is its effective content ({@link Inheritance}). {@code replaces} sees only the inherited
 * declarations of the same family. Proposals themselves are found through the global index, across the files of a
 * project.
 */
public class ProposalScopeProvider extends AbstractProposalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Proposal proposal = EcoreUtil2.getContainerOfType(context, Proposal.class);
		if (proposal == null || reference == ProposalPackage.Literals.PROPOSAL__EXTENDS) {
			return super.getScope(context, reference);
		}
		if (reference == ProposalPackage.Literals.DECLARATION__REPLACES) {
			return replaceableScope(proposal, context);
		}
		EClass type = reference.getEReferenceType();
		Inheritance inheritance = inheritanceOf(proposal);
		if (ProposalPackage.Literals.PARTICIPANT.isSuperTypeOf(type)) {
			return scopeFor(inheritance.participants(), type);
		}
		if (ProposalPackage.Literals.MECHANISM.isSuperTypeOf(type)) {
			return scopeFor(inheritance.mechanisms(), type);
		}
		return super.getScope(context, reference);
	}

	private IScope replaceableScope(Proposal proposal, EObject context) {
		Proposal parent = proposal.getExtends();
		if (parent == null || parent.eIsProxy() || !(context instanceof Declaration declaration)) {
			return IScope.NULLSCOPE;
		}
		return scopeFor(inheritanceOf(parent).sameFamilyAs(declaration), ProposalPackage.Literals.DECLARATION);
	}

	/**
	 * The proposal's inheritance, computed once for all the references of its resource as long as the resource does not
	 * change: linking a long file asks for it for every reference in it, and a chain of proposals computes each link
	 * from the one above it.
	 */
	private Inheritance inheritanceOf(Proposal proposal) {
		return cache.get(Inheritances.class, proposal.eResource(), Inheritances::new).of(proposal);
	}

	private static IScope scopeFor(List<? extends NamedElement> candidates, EClass type) {
		return Scopes.scopeFor(candidates.stream().filter(type::isInstance).filter(element -> element.getName() != null).toList(),
				element -> QualifiedName.create(element.getName()), IScope.NULLSCOPE);
	}
}
