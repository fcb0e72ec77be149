package org.proposalstudio.model.effective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.Deployment;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.TheoreticalLimit;
import org.proposalstudio.model.proposal.TrainingSignal;

/**
 * Which elements, as written, make up a proposal once what it extends is taken into account (§4 is §3 with relaxed
 * adversarial training in place of intermittent oversight).
 * <p>
 * A proposal inherits every element of the proposal it extends, transitively. An element replaces an inherited one
 * when it names it with {@code replaces}, or when it has the same name and is of the same family (participant, signal,
 * oversight, limit, figure); an argument replaces the inherited argument for the same component; a limit or a deployment
 * replaces the inherited one. Replacements keep the position of what they replace, so inherited order is stable.
 * <p>
 * A proposal's inheritance is its parent's with its own elements merged in, so {@link Inheritances} computes a chain
 * once, link by link, however long it is. Two chains are not followed: a cycle of {@code extends} (each proposal on it
 * {@linkplain #extendsItself() extends itself} and inherits nothing) and a chain deeper than
 * {@link Limits#MAX_EXTENDS_DEPTH} (the proposals below the limit {@linkplain #isTooDeep() inherit nothing}); both are
 * errors the validator reports.
 * <p>
 * Nothing here copies elements: the lists hold the elements as written, some of them in other proposals, possibly in
 * other files. {@link EffectiveProposal} builds a self-contained copy from them.
 */
public final class Inheritance {

	private final Proposal proposal;
	/** The inheritance of the proposal this one extends, or {@code null} when it inherits nothing. */
	private final Inheritance parent;
	/** How many proposals the chain from this one up holds, this one included. */
	private final int depth;
	private final boolean extendsItself;
	private final List<Participant> participants;
	private final List<InformationFlow> flows;
	private final List<TrainingSignal> signals;
	private final List<Oversight> oversights;
	private final List<ComponentArgument> arguments;
	private final List<Figure> figures;
	private final TheoreticalLimit limit;
	private final Deployment deployment;
	/** The nearest proposal of the lineage that has a title, a section, citations: what the effective proposal shows. */
	private final Proposal titled;
	private final Proposal sectioned;
	private final Proposal citing;
	/** The inherited elements this proposal replaces, and their replacements: few, often none, so a small table. */
	private final Map<EObject, EObject> replacements = new IdentityHashMap<>(0);
	/**
	 * The stand-ins found so far ({@link #replacementOf}), so that a chain finds each from its parent's: walking the
	 * whole lineage for each proposal of a long chain was quadratic. Read by concurrent readers of a resource.
	 */
	private final Map<EObject, EObject> standIns = new ConcurrentHashMap<>();

	Inheritance(Proposal proposal, Inheritance parent, int depth, boolean extendsItself) {
		this.proposal = proposal;
		this.parent = parent;
		this.depth = depth;
		this.extendsItself = extendsItself;
		boolean inherits = parent != null;
		participants = new Family<>(inherits ? parent.participants : List.of(), proposal.getParticipants()).elements;
		signals = new Family<>(inherits ? parent.signals : List.of(), proposal.getSignals()).elements;
		oversights = new Family<>(inherits ? parent.oversights : List.of(), proposal.getOversights()).elements;
		figures = new Family<>(inherits ? parent.figures : List.of(), proposal.getFigures()).elements;
		flows = new ArrayList<>(inherits ? parent.flows : List.of());
		flows.addAll(proposal.getFlows());
		arguments = new ArrayList<>(inherits ? parent.arguments : List.of());
		proposal.getArguments().forEach(this::mergeArgument);
		limit = replaceSingle(inherits ? parent.limit : null, proposal.getLimit());
		deployment = replaceSingle(inherits ? parent.deployment : null, proposal.getDeployment());
		titled = proposal.getTitle() != null || !inherits ? proposal : parent.titled;
		sectioned = proposal.getSection() != null || !inherits ? proposal : parent.sectioned;
		citing = !proposal.getCitations().isEmpty() || !inherits ? proposal : parent.citing;
	}

	/** The elements of {@code proposal} once inheritance is resolved; {@link Inheritances} computes many at once. */
	public static Inheritance of(Proposal proposal) {
		return new Inheritances().of(proposal);
	}

	/**
	 * The proposal followed by the proposals it extends, nearest first. A cycle in {@code extends} ends the list before
	 * the first repeated proposal, an unresolved reference ends it too, and it holds at most one proposal more than
	 * {@link Limits#MAX_EXTENDS_DEPTH}.
	 */
	public static List<Proposal> lineage(Proposal proposal) {
		Set<Proposal> seen = new LinkedHashSet<>();
		for (Proposal current = proposal; current != null && !current.eIsProxy() && seen.size() <= Limits.MAX_EXTENDS_DEPTH
				&& seen.add(current);) {
			current = current.getExtends();
		}
		return List.copyOf(seen);
	}

	public Proposal proposal() {
		return proposal;
	}

	/** The proposals whose elements this one inherits, itself first. */
	public List<Proposal> lineage() {
		List<Proposal> lineage = new ArrayList<>();
		for (Inheritance current = this; current != null; current = current.parent) {
			lineage.add(current.proposal);
		}
		return lineage;
	}

	/** Whether the proposal is on a cycle of {@code extends}: then it inherits nothing. */
	public boolean extendsItself() {
		return extendsItself;
	}

	/** Whether the proposal lies deeper than {@link Limits#MAX_EXTENDS_DEPTH} in its chain: then it inherits nothing. */
	public boolean isTooDeep() {
		return depth > Limits.MAX_EXTENDS_DEPTH;
	}

	int depth() {
		return depth;
	}

	public List<Participant> participants() {
		return Collections.unmodifiableList(participants);
	}

	public List<InformationFlow> flows() {
		return Collections.unmodifiableList(flows);
	}

	public List<TrainingSignal> signals() {
		return Collections.unmodifiableList(signals);
	}

	public List<Oversight> oversights() {
		return Collections.unmodifiableList(oversights);
	}

	public List<ComponentArgument> arguments() {
		return Collections.unmodifiableList(arguments);
	}

	public List<Figure> figures() {
		return Collections.unmodifiableList(figures);
	}

	/** The limit, or {@code null} when neither the proposal nor what it extends declares one. */
	public TheoreticalLimit limit() {
		return limit;
	}

	/** The deployment, or {@code null} when neither the proposal nor what it extends declares one. */
	public Deployment deployment() {
		return deployment;
	}

	/** The title of the nearest proposal of the lineage that has one, or {@code null}. */
	public String title() {
		return titled.getTitle();
	}

	/** The section of the nearest proposal of the lineage that has one, or {@code null}. */
	public String section() {
		return sectioned.getSection();
	}

	/** The citations of the nearest proposal of the lineage that has some. */
	public List<Integer> citations() {
		return Collections.unmodifiableList(citing.getCitations());
	}

	/**
	 * How many elements the proposal holds with what it inherits: participants, flows, signals, oversights, arguments,
	 * figures, the limit and the deployment. It is the size of its effective proposal, what checking it costs.
	 */
	public int size() {
		return participants.size() + flows.size() + signals.size() + oversights.size() + arguments.size() + figures.size()
				+ (limit != null ? 1 : 0) + (deployment != null ? 1 : 0);
	}

	/** The mechanisms an argument can rely on: signals, oversight mechanisms and the limit. */
	public List<Mechanism> mechanisms() {
		List<Mechanism> mechanisms = new ArrayList<>(signals);
		mechanisms.addAll(oversights);
		if (limit != null) {
			mechanisms.add(limit);
		}
		return mechanisms;
	}

	/** The declarations of the same family as {@code declaration}: what it may replace or be confused with. */
	public List<? extends Declaration> sameFamilyAs(Declaration declaration) {
		if (declaration instanceof Participant) {
			return participants();
		}
		if (declaration instanceof TrainingSignal) {
			return signals();
		}
		if (declaration instanceof Oversight) {
			return oversights();
		}
		if (declaration instanceof Figure) {
			return figures();
		}
		return limit == null ? List.of() : List.of(limit);
	}

	/**
	 * The element that finally stands in for {@code element} after all replacements along the lineage, or the element
	 * itself when nothing replaced it.
	 */
	public EObject replacementOf(EObject element) {
		// up to the nearest proposal that knows the element's stand-in, then down again, each level applying its own
		List<Inheritance> unknown = new ArrayList<>();
		EObject known = null;
		for (Inheritance level = this; level != null && known == null; level = level.parent) {
			known = level.standIns.get(element);
			if (known == null) {
				unknown.add(level);
			}
		}
		EObject current = known != null ? known : element;
		for (int i = unknown.size() - 1; i >= 0; i--) {
			Inheritance level = unknown.get(i);
			current = level.replacements.getOrDefault(current, current);
			level.standIns.put(element, current);
		}
		return current;
	}

	private <T extends EObject> T replaceSingle(T inherited, T own) {
		if (own == null) {
			return inherited;
		}
		if (inherited != null) {
			replacements.put(inherited, own);
		}
		return own;
	}

	private void mergeArgument(ComponentArgument argument) {
		for (int i = 0; i < arguments.size(); i++) {
			if (arguments.get(i).getComponent() == argument.getComponent()) {
				replacements.put(arguments.get(i), argument);
				arguments.set(i, argument);
				return;
			}
		}
		arguments.add(argument);
	}

	/**
	 * The declarations of one family, a proposal's own merged into what it inherits, indexed so that each merge is one
	 * lookup: a proposal of many participants would otherwise compare each with all before it.
	 */
	private final class Family<T extends Declaration> {

		final List<T> elements;
		private final Map<EObject, Integer> indexOf;
		private final Map<String, Integer> firstNamed = new HashMap<>();

		Family(List<T> inherited, List<T> own) {
			// sized for what it will hold: a file of many small proposals makes a family per proposal and kind
			elements = new ArrayList<>(inherited.size() + own.size());
			elements.addAll(inherited);
			indexOf = new IdentityHashMap<>(inherited.size() + own.size());
			for (int i = 0; i < elements.size(); i++) {
				index(i);
			}
			own.forEach(this::merge);
		}

		/** Adds the declaration, or puts it in the place of the inherited declaration it replaces. */
		void merge(T declaration) {
			int replaced = -1;
			Declaration named = declaration.getReplaces();
			if (named != null && !named.eIsProxy()) {
				replaced = indexOf.getOrDefault(named, -1);
			}
			if (replaced < 0 && declaration.getName() != null) {
				replaced = firstNamed.getOrDefault(declaration.getName(), -1);
			}
			if (replaced < 0) {
				elements.add(declaration);
				index(elements.size() - 1);
				return;
			}
			T old = elements.set(replaced, declaration);
			replacements.put(old, declaration);
			indexOf.remove(old);
			if (old.getName() != null) {
				firstNamed.remove(old.getName(), replaced);
			}
			index(replaced);
		}

		private void index(int i) {
			T element = elements.get(i);
			indexOf.put(element, i);
			if (element.getName() != null) {
				firstNamed.merge(element.getName(), i, Math::min);
			}
		}
	}
}
