package org.proposalstudio.language.ide.highlighting;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.COMPONENT_ARGUMENT__CITATIONS;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.NAMED_ELEMENT__NAME;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.PROPOSAL__CITATIONS;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.proposalstudio.language.ide.DeclarationKind;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Proposal;

/**
 * What the lexer cannot tell: which words are names, declared or referred to, what kind of participant or mechanism a
 * name stands for (a human, a model, an amplified model, an oversight ...), and which numbers cite the paper's
 * references.
 */
public class ProposalSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject element, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		DeclarationKind.of(element).ifPresent(kind -> highlightFeature(acceptor, element, NAMED_ELEMENT__NAME,
				ProposalHighlightingStyles.DECLARATION, kind.styleId()));
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				highlightReferences(element, reference, acceptor);
			}
		}
		if (element instanceof Proposal) {
			highlightFeature(acceptor, element, PROPOSAL__CITATIONS, ProposalHighlightingStyles.CITATION);
		} else if (element instanceof ComponentArgument) {
			highlightFeature(acceptor, element, COMPONENT_ARGUMENT__CITATIONS, ProposalHighlightingStyles.CITATION);
		}
		return false;
	}

	/** Each written reference, styled by the kind of what it resolves to; an unresolved one is only a reference. */
	private void highlightReferences(EObject element, EReference reference, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
		if (nodes.isEmpty()) {
			return;
		}
		List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference) : List.of(element.eGet(reference));
		for (int i = 0; i < nodes.size(); i++) {
			EObject target = i < targets.size() && targets.get(i) instanceof EObject resolved && !resolved.eIsProxy()
					? resolved : null;
			INode node = nodes.get(i);
			DeclarationKind.of(target).ifPresentOrElse(
					kind -> highlightNode(acceptor, node, ProposalHighlightingStyles.REFERENCE, kind.styleId()),
					() -> highlightNode(acceptor, node, ProposalHighlightingStyles.REFERENCE));
		}
	}
}
