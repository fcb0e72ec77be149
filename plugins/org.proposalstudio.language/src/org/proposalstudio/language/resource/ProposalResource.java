package org.proposalstudio.language.resource;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.Triple;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.ProposalPackage;

/**
 * A proposal file loaded: Xtext's lazily linked resource, whose syntax and linking diagnostics say where they end by
 * {@link Positions}, so that one ending at the end of an old Mac file keeps its position, and whose elements' URI
 * fragments cost the same in a file of 50,000 proposals as in a file of one, as do its diagnostics
 * ({@link IndexedDiagnosticList}).
 */
public class ProposalResource extends LazyLinkingResource {

	/** The key of the proposals' positions in the resource's cache, which forgets them when the resource changes. */
	private static final String PROPOSAL_POSITIONS = ProposalResource.class.getName() + ".proposalPositions";

	/**
	 * The fragment EMF gives the element ({@code //@proposals.7/@participants.2}), without EMF's search of the file's list
	 * of proposals for the element's proposal: every diagnostic and every exported name asks for a fragment, and that
	 * search made validating a file of many proposals quadratic in their number.
	 */
	@Override
	public String getURIFragment(EObject element) {
		Proposal proposal = element instanceof Proposal itself ? itself : EcoreUtil2.getContainerOfType(element, Proposal.class);
		if (proposal == null || !(proposal.eContainer() instanceof ProposalModel model) || model.eResource() != this) {
			return super.getURIFragment(element);
		}
		Integer position = getCache().get(PROPOSAL_POSITIONS, this, () -> positions(model)).get(proposal);
		if (position == null || position >= model.getProposals().size() || model.getProposals().get(position) != proposal) {
			// the proposals changed where the cache does not see it (its notifications off): EMF's own search is right
			return super.getURIFragment(element);
		}
		String fragment = super.getURIFragment(model) + "/@" + ProposalPackage.Literals.PROPOSAL_MODEL__PROPOSALS.getName() + "." + position;
		return element == proposal ? fragment : fragment + "/" + EcoreUtil.getRelativeURIFragmentPath(proposal, element);
	}

	private static Map<Proposal, Integer> positions(ProposalModel model) {
		Map<Proposal, Integer> positions = new IdentityHashMap<>();
		List<Proposal> proposals = model.getProposals();
		for (int i = 0; i < proposals.size(); i++) {
			positions.put(proposals.get(i), i);
		}
		return positions;
	}

	@Override
	public EList<Diagnostic> getErrors() {
		if (errors == null) {
			errors = new IndexedDiagnosticList(this, RESOURCE__ERRORS);
		}
		return errors;
	}

	@Override
	public EList<Diagnostic> getWarnings() {
		if (warnings == null) {
			warnings = new IndexedDiagnosticList(this, RESOURCE__WARNINGS);
		}
		return warnings;
	}

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode error) {
		diagnostics.add(new XtextSyntaxDiagnostic(error) {
			@Override
			public int getLineEnd() {
				return Positions.endLine(getNode());
			}

			@Override
			public int getColumnEnd() {
				return Positions.endColumn(getNode());
			}
		});
	}

	@Override
	protected Diagnostic createDiagnostic(Triple<EObject, EReference, INode> reference, DiagnosticMessage message) {
		return new XtextLinkingDiagnostic(reference.getThird(), message.getMessage(), message.getIssueCode(), message.getIssueData()) {
			@Override
			public int getLineEnd() {
				return Positions.endLine(getNode());
			}

			@Override
			public int getColumnEnd() {
				return Positions.endColumn(getNode());
			}
		};
	}
}
