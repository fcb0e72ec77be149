package org.proposalstudio.language.validation;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.AMPLIFIED_MODEL__MODEL;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.COMPONENT_ARGUMENT__COMPONENT;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.DEBATER__COPY_OF;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.MODEL__EARLIER_VERSION_OF;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.NAMED_ELEMENT__NAME;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.PROPOSAL__DEPLOYMENT;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.PROPOSAL__EXTENDS;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.PROPOSAL__LIMIT;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.UNROLLING__DEPTH;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.proposalstudio.checks.ProposalChecks;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Debater;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.Model;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.Unrolling;
import org.proposalstudio.model.proposal.UnrollingKind;

import com.google.inject.Inject;

/**
 * The language's own rules: what makes a proposal file ill-formed. The paper's checks of the argument itself are
 * composed in from {@link ProposalChecks}.
 */
@ComposedChecks(validators = ProposalChecks.class)
public class ProposalValidator extends AbstractProposalValidator {

	/** The largest tree a figure may unroll: the benchmark's biggest HCH tree, with room to spare. */
	static final long MAX_UNROLLED_NODES = 20_000;

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;

	@Inject
	private IContainer.Manager containerManager;

	/**
	 * While a file does not parse, the parser's recovery may have dropped or merged any part of its proposals, and a
	 * rule would report as missing, or declared twice, what is only unparsed: the syntax errors are then all there is
	 * to say. This gates the composed paper checks too.
	 */
	@Override
	protected boolean isResponsible(Map<Object, Object> context, EObject object) {
		Resource resource = object.eResource();
		boolean parsed = resource == null || resource.getErrors().stream().noneMatch(XtextSyntaxDiagnostic.class::isInstance);
		return parsed && super.isResponsible(context, object);
	}

	@Check
	public void checkNamesUniqueInProposal(Proposal proposal) {
		List<List<? extends Declaration>> families = List.of(proposal.getParticipants(), proposal.getSignals(),
				proposal.getOversights(), proposal.getFigures());
		for (List<? extends Declaration> family : families) {
			Map<String, Declaration> first = new HashMap<>();
			for (Declaration declaration : family) {
				Declaration earlier = first.putIfAbsent(declaration.getName(), declaration);
				if (earlier != null && declaration.getName() != null) {
					error("'" + declaration.getName() + "' is declared twice in proposal '" + proposal.getName() + "'",
							declaration, NAMED_ELEMENT__NAME, ProposalIssueCodes.DUPLICATE_NAME);
				}
			}
		}
	}

	/** Proposal names are unique across the files of a project, so that 'extends' is unambiguous. */
	@Check(CheckType.NORMAL)
	public void checkProposalNameUniqueInProject(Proposal proposal) {
		if (proposal.getName() == null || proposal.eResource() == null) {
			return;
		}
		IResourceDescriptions index = resourceDescriptionsProvider.getResourceDescriptions(proposal.eResource());
		IResourceDescription own = index.getResourceDescription(proposal.eResource().getURI());
		if (own == null) {
			return;
		}
		URI self = EcoreUtil.getURI(proposal);
		for (IContainer container : containerManager.getVisibleContainers(own, index)) {
			for (IEObjectDescription other : container.getExportedObjectsByType(ProposalPackage.Literals.PROPOSAL)) {
				if (proposal.getName().equals(other.getName().toString()) && other.getEObjectOrProxy() != proposal
						&& !other.getEObjectURI().equals(self)) {
					URI file = other.getEObjectURI().trimFragment();
					String where = file.equals(proposal.eResource().getURI()) ? "in this file" : "in " + file.lastSegment();
					error("Another proposal named '" + proposal.getName() + "' exists " + where
							+ ": proposal names must be unique in a project, so that 'extends' is unambiguous", proposal,
							NAMED_ELEMENT__NAME, ProposalIssueCodes.DUPLICATE_NAME);
					return;
				}
			}
		}
	}

	/** Reported on each proposal of the cycle; a proposal that merely extends into a cycle is not at fault. */
	@Check
	public void checkExtendsAcyclic(Proposal proposal) {
		List<Proposal> lineage = Inheritance.lineage(proposal);
		Proposal last = lineage.get(lineage.size() - 1);
		if (last.getExtends() == proposal) {
			List<String> names = lineage.stream().map(Proposal::getName).toList();
			error("Proposal '" + proposal.getName() + "' extends itself: " + String.join(" extends ", names) + " extends "
					+ proposal.getName(), proposal, PROPOSAL__EXTENDS, ProposalIssueCodes.EXTENDS_CYCLE);
		}
	}

	@Check
	public void checkOneArgumentPerComponent(Proposal proposal) {
		Set<Object> argued = new HashSet<>();
		for (ComponentArgument argument : proposal.getArguments()) {
			if (!argued.add(argument.getComponent())) {
				error("Proposal '" + proposal.getName() + "' already has an argument for this component", argument,
						COMPONENT_ARGUMENT__COMPONENT, ProposalIssueCodes.DUPLICATE_PART);
			}
		}
	}

	/** A proposal holds at most one limit and one deployment; the parser keeps only the last one written. */
	@Check
	public void checkOneLimitAndDeployment(Proposal proposal) {
		for (EReference single : List.of(PROPOSAL__LIMIT, PROPOSAL__DEPLOYMENT)) {
			List<INode> written = NodeModelUtils.findNodesForFeature(proposal, single);
			for (INode extra : written.subList(Math.min(1, written.size()), written.size())) {
				String what = single == PROPOSAL__LIMIT ? "limit" : "deployment";
				getMessageAcceptor().acceptError("Proposal '" + proposal.getName() + "' declares more than one " + what
						+ "; only the last would count", proposal, extra.getOffset(), extra.getLength(),
						ProposalIssueCodes.DUPLICATE_PART);
			}
		}
	}

	@Check
	public void checkUnrollingSize(Unrolling unrolling) {
		int depth = unrolling.getDepth();
		boolean chain = unrolling.getKind() == UnrollingKind.VERSIONS || unrolling.getKind() == UnrollingKind.NESTED;
		int breadth = chain ? 1 : Math.max(unrolling.getBreadth(), 1);
		if (depth < 1) {
			error("Unroll at least one level (depth 1 or more)", unrolling, UNROLLING__DEPTH, ProposalIssueCodes.UNROLLING_SIZE);
			return;
		}
		long nodes = 0;
		long level = 1;
		for (int i = 0; i <= depth && nodes <= MAX_UNROLLED_NODES; i++) {
			nodes += level;
			level *= breadth;
		}
		if (nodes > MAX_UNROLLED_NODES) {
			error("Depth " + depth + " and breadth " + breadth + " unroll to more than " + MAX_UNROLLED_NODES
					+ " nodes, too many for a diagram", unrolling, UNROLLING__DEPTH, ProposalIssueCodes.UNROLLING_SIZE);
		}
	}

	@Check
	public void checkVersionsAcyclic(Model model) {
		checkAcyclic(model, MODEL__EARLIER_VERSION_OF, "an earlier version of itself");
	}

	@Check
	public void checkCopiesAcyclic(Debater debater) {
		checkAcyclic(debater, DEBATER__COPY_OF, "a copy of itself");
	}

	private void checkAcyclic(EObject start, EReference next, String what) {
		Set<EObject> seen = new HashSet<>();
		for (EObject current = start; current != null && !current.eIsProxy(); current = (EObject) current.eGet(next)) {
			if (!seen.add(current)) {
				if (current == start) {
					error("'" + ((Declaration) start).getName() + "' is " + what, start, next, ProposalIssueCodes.VERSION_CYCLE);
				}
				return;
			}
		}
	}

	@Check
	public void checkAmplificationName(AmplifiedModel amplified) {
		String name = amplified.getName();
		Model model = amplified.getModel();
		if (name != null && name.startsWith("Amp(") && model != null && !model.eIsProxy()
				&& !name.equals("Amp(" + model.getName() + ")")) {
			error("'" + name + "' consults " + model.getName() + ": name it Amp(" + model.getName()
					+ ") or consult the model its name says", amplified, AMPLIFIED_MODEL__MODEL,
					ProposalIssueCodes.AMPLIFICATION_NAME);
		}
	}
}
