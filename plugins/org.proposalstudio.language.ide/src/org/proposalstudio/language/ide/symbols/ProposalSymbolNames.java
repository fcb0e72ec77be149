package org.proposalstudio.language.ide.symbols;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.DEPLOYMENT__DEPLOYED;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.INFORMATION_FLOW__SOURCE;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.INFORMATION_FLOW__TARGET;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.proposalstudio.checks.Components;
import org.proposalstudio.language.ide.DeclarationKind;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Deployment;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.Mitigation;
import org.proposalstudio.model.proposal.NamedElement;

/**
 * How the document symbols of a proposal file (its outline) are named. Declarations go by their simple names; the
 * parts of a proposal that have none by what they say: "inner alignment", "deploy M", "H -> M", as written.
 */
public final class ProposalSymbolNames {

	private ProposalSymbolNames() {
	}

	public static class Names extends DocumentSymbolNameProvider {
		@Override
		public String getName(EObject element) {
			if (element instanceof ComponentArgument argument) {
				return Components.title(argument.getComponent());
			}
			if (element instanceof Deployment) {
				return "deploy " + written(element, DEPLOYMENT__DEPLOYED);
			}
			if (element instanceof InformationFlow flow) {
				return written(flow, INFORMATION_FLOW__SOURCE) + (flow.isBidirectional() ? " <-> " : " -> ")
						+ written(flow, INFORMATION_FLOW__TARGET);
			}
			if (element instanceof Mitigation mitigation) {
				return "mitigating " + mitigation.getRisk().getLiteral();
			}
			// the simple name: the outline nests what a proposal declares under it
			return element instanceof NamedElement named ? named.getName() : null;
		}

		/** The references as the author wrote them, resolved or not. */
		private static String written(EObject element, EStructuralFeature feature) {
			return NodeModelUtils.findNodesForFeature(element, feature).stream().map(NodeModelUtils::getTokenText)
					.collect(Collectors.joining(", "));
		}
	}

	/** The kind of a declaration, and the stance of an argument. */
	public static class Details extends DocumentSymbolDetailsProvider {
		@Override
		public String getDetails(EObject element) {
			if (element instanceof ComponentArgument argument) {
				return argument.getStance().getLiteral();
			}
			return DeclarationKind.of(element).map(DeclarationKind::label).orElse(null);
		}
	}
}
