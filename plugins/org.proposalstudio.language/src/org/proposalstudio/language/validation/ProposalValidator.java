package org.proposalstudio.language.validation;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.AMPLIFIED_MODEL__MODEL;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.COMPONENT_ARGUMENT__COMPONENT;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.DEBATER__COPY_OF;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.MODEL__EARLIER_VERSION_OF;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.NAMED_ELEMENT__NAME;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.PROPOSAL__EXTENDS;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.UNROLLING__DEPTH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
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
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Debater;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.Model;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.TheoreticalLimit;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.Unrolling;

import com.google.inject.Inject;

/**
 * The language's own rules: what makes a proposal file ill-formed. The paper's checks of the argument itself are
 * composed in from {@link ProposalChecks}.
 */
@ComposedChecks(validators = ProposalChecks.class)
public class ProposalValidator extends AbstractProposalValidator {

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
		return (resource == null || parsed(context, resource)) && super.isResponsible(context, object) && !isUnchecked(context, object);
	}

	/**
	 * Whether the resource has no syntax error. Asked for every element validated, it is answered once per validation:
	 * the resource's errors may be thousands of unresolved names, and scanning them for each element made validating
	 * such a file quadratic.
	 */
	private static boolean parsed(Map<Object, Object> context, Resource resource) {
		return oncePerFile(context, PARSED, resource, file -> file.getErrors().stream().noneMatch(XtextSyntaxDiagnostic.class::isInstance));
	}

	/** The key of whether each resource validated parsed, in the validation context. */
	private static final String PARSED = "resources that parsed";

	/**
	 * What {@code compute} says of the file, computed once per validation: kept in the validation's context (when there
	 * is one) under {@code key}, by file.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T oncePerFile(Map<Object, Object> context, String key, Resource file, Function<Resource, T> compute) {
		if (context == null) {
			return compute.apply(file);
		}
		return ((Map<Resource, T>) context.computeIfAbsent(key, absent -> new IdentityHashMap<Resource, T>())).computeIfAbsent(file,
				compute);
	}

	/**
	 * Whether the object lies in a proposal that is not checked beyond the error that says why: a proposal past one of
	 * the file's {@link Limits}, or one whose inheritance is unknown because it extends itself or lies too deep in a
	 * chain. The rules would report as missing what it only fails to inherit (its names that only an inheritance could
	 * resolve are reported by the linker, as any unresolved name is).
	 */
	private static boolean isUnchecked(Map<Object, Object> context, EObject object) {
		Proposal proposal = EcoreUtil2.getContainerOfType(object, Proposal.class);
		if (proposal == null || context == null) {
			return false;
		}
		Inheritance inheritance = ProposalChecks.inheritances(context).of(proposal);
		Set<?> beyondLimits = (Set<?>) context.getOrDefault(BEYOND_LIMITS, Set.of());
		return inheritance.extendsItself() || inheritance.isTooDeep() || beyondLimits.contains(proposal);
	}

	/** The key of the proposals past the file's limits in the validation context. */
	private static final String BEYOND_LIMITS = "proposals beyond the limits";

	/**
	 * Sizes are checked before the work they bound: past the most proposals a file may hold, or once its proposals with
	 * what they inherit hold more than the most elements, the file gets one error and the proposals from there on are
	 * not checked.
	 */
	@Check
	public void checkFileWithinLimits(ProposalModel model) {
		List<Proposal> proposals = model.getProposals();
		Inheritances inheritances = ProposalChecks.inheritances(getContext());
		long elements = 0;
		for (int i = 0; i < proposals.size(); i++) {
			Proposal proposal = proposals.get(i);
			if (i == Limits.MAX_PROPOSALS_PER_FILE) {
				error(String.format("This file declares more than %,d proposals, the most Proposal Studio checks in one file: "
						+ "'%s' and the proposals after it are not checked; split the file", Limits.MAX_PROPOSALS_PER_FILE,
						proposal.getName()), proposal, NAMED_ELEMENT__NAME, ProposalIssueCodes.TOO_MANY_PROPOSALS);
				skipFrom(proposals, i);
				return;
			}
			elements += inheritances.of(proposal).size();
			if (elements > Limits.MAX_INHERITED_ELEMENTS) {
				error(String.format("With what each inherits, the proposals of this file up to '%s' hold more than %,d elements, "
						+ "the most Proposal Studio checks in one file: it and the proposals after it are not checked; split the file",
						proposal.getName(), Limits.MAX_INHERITED_ELEMENTS), proposal, NAMED_ELEMENT__NAME,
						ProposalIssueCodes.TOO_MUCH_INHERITED);
				skipFrom(proposals, i);
				return;
			}
		}
	}

	private void skipFrom(List<Proposal> proposals, int first) {
		Set<Proposal> beyond = Collections.newSetFromMap(new IdentityHashMap<>());
		beyond.addAll(proposals.subList(first, proposals.size()));
		getContext().put(BEYOND_LIMITS, beyond);
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

	/**
	 * Proposal names are unique across the files of a project, so that 'extends' is unambiguous. The project's proposals
	 * are gathered by name once per validation: asking the index per proposal made a file of many proposals slow.
	 */
	@Check(CheckType.NORMAL)
	public void checkProposalNameUniqueInProject(Proposal proposal) {
		if (proposal.getName() == null || proposal.eResource() == null) {
			return;
		}
		URI self = EcoreUtil.getURI(proposal);
		for (IEObjectDescription other : projectProposals(proposal.eResource()).getOrDefault(QualifiedName.create(proposal.getName()),
				List.of())) {
			if (other.getEObjectOrProxy() != proposal && !other.getEObjectURI().equals(self)) {
				URI file = other.getEObjectURI().trimFragment();
				String where = file.equals(proposal.eResource().getURI()) ? "in this file" : "in " + file.lastSegment();
				error("Another proposal named '" + proposal.getName() + "' exists " + where
						+ ": proposal names must be unique in a project, so that 'extends' is unambiguous", proposal,
						NAMED_ELEMENT__NAME, ProposalIssueCodes.DUPLICATE_NAME);
				return;
			}
		}
	}

	/**
	 * Where the proposals of the file's project are, by name, from the index: built in one pass over the project's
	 * proposals once per validation of a file, so that checking each name costs the same however many there are.
	 */
	private Map<QualifiedName, List<IEObjectDescription>> projectProposals(Resource resource) {
		return oncePerFile(getContext(), PROJECT_PROPOSALS, resource, this::proposalsByName);
	}

	private Map<QualifiedName, List<IEObjectDescription>> proposalsByName(Resource resource) {
		Map<QualifiedName, List<IEObjectDescription>> byName = new HashMap<>();
		IResourceDescriptions index = resourceDescriptionsProvider.getResourceDescriptions(resource);
		IResourceDescription own = index.getResourceDescription(resource.getURI());
		if (own != null) {
			for (IContainer container : containerManager.getVisibleContainers(own, index)) {
				for (IEObjectDescription proposal : container.getExportedObjectsByType(ProposalPackage.Literals.PROPOSAL)) {
					byName.computeIfAbsent(proposal.getName(), name -> new ArrayList<>(1)).add(proposal);
				}
			}
		}
		return byName;
	}

	/** The key of the files' {@link #projectProposals} in the validation's context. */
	private static final String PROJECT_PROPOSALS = "proposals of the project by name";

	/*
	 * The rules of inheritance are checked from the file, not from each proposal: a proposal on a cycle or too deep in a
	 * chain is otherwise not checked at all (isResponsible), but its error must still be reported.
	 */

	/**
	 * Reported on each proposal of the cycle; a proposal that merely extends into a cycle is not at fault. A long cycle
	 * is named by its first proposals.
	 */
	@Check
	public void checkExtendsAcyclic(ProposalModel model) {
		Inheritances inheritances = ProposalChecks.inheritances(getContext());
		for (Proposal proposal : model.getProposals()) {
			if (inheritances.of(proposal).extendsItself()) {
				List<String> names = new ArrayList<>();
				Proposal current = proposal;
				do {
					names.add(current.getName());
					current = current.getExtends();
				} while (current != proposal && names.size() < CYCLE_NAMES_SHOWN);
				String cycle = String.join(" extends ", names) + (current == proposal ? "" : " extends ... (and on around the cycle)");
				error("Proposal '" + proposal.getName() + "' extends itself: " + cycle + " extends " + proposal.getName()
						+ "; it inherits nothing until the cycle is broken", proposal, PROPOSAL__EXTENDS,
						ProposalIssueCodes.EXTENDS_CYCLE);
			}
		}
	}

	/** How many proposals of a cycle of 'extends' its message names. */
	private static final int CYCLE_NAMES_SHOWN = 10;

	@Check
	public void checkExtendsDepth(ProposalModel model) {
		Inheritances inheritances = ProposalChecks.inheritances(getContext());
		for (Proposal proposal : model.getProposals()) {
			if (inheritances.of(proposal).isTooDeep()) {
				error(String.format("Proposal '%s' lies more than %,d proposals deep in a chain of 'extends', the deepest "
						+ "Proposal Studio follows: it inherits nothing and is not checked", proposal.getName(),
						Limits.MAX_EXTENDS_DEPTH), proposal, PROPOSAL__EXTENDS, ProposalIssueCodes.EXTENDS_TOO_DEEP);
			}
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

	@Check
	public void checkUnrollingSize(Unrolling unrolling) {
		Proposal proposal = EcoreUtil2.getContainerOfType(unrolling, Proposal.class);
		TheoreticalLimit limit = proposal == null ? null : ProposalChecks.inheritances(getContext()).of(proposal).limit();
		String problem = Limits.unrollingProblem(unrolling.getKind(), limit == null ? null : limit.getKind(), unrolling.getDepth(),
				unrolling.getBreadth());
		if (problem != null) {
			error(problem, unrolling, UNROLLING__DEPTH, ProposalIssueCodes.UNROLLING_SIZE);
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
