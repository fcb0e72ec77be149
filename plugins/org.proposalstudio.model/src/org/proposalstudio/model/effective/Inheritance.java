package org.proposalstudio.model.effective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
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
 * Nothing here copies: the lists hold the elements as written, some of them in other proposals, possibly in other
 * files. {@link EffectiveProposal} builds a self-contained copy from them.
 */
public final class Inheritance {

	private final List<Proposal> lineage;
	private final List<Participant> participants = new ArrayList<>();
	private final List<InformationFlow> flows = new ArrayList<>();
	private final List<TrainingSignal> signals = new ArrayList<>();
	private final List<Oversight> oversights = new ArrayList<>();
	private final List<ComponentArgument> arguments = new ArrayList<>();
	private final List<Figure> figures = new ArrayList<>();
	private TheoreticalLimit limit;
	private Deployment deployment;
	/** Inherited elements and the elements that replaced them. */
	private final Map<EObject, EObject> replacements = new IdentityHashMap<>();

	private Inheritance(Proposal proposal) {
		lineage = lineage(proposal);
		for (Proposal ancestorFirst : reversed(lineage)) {
			ancestorFirst.getParticipants().forEach(participant -> mergeDeclaration(participants, participant));
			flows.addAll(ancestorFirst.getFlows());
			ancestorFirst.getSignals().forEach(signal -> mergeDeclaration(signals, signal));
			ancestorFirst.getOversights().forEach(oversight -> mergeDeclaration(oversights, oversight));
			ancestorFirst.getArguments().forEach(this::mergeArgument);
			ancestorFirst.getFigures().forEach(figure -> mergeDeclaration(figures, figure));
			if (ancestorFirst.getLimit() != null) {
				if (limit != null) {
					replacements.put(limit, ancestorFirst.getLimit());
				}
				limit = ancestorFirst.getLimit();
			}
			if (ancestorFirst.getDeployment() != null) {
				if (deployment != null) {
					replacements.put(deployment, ancestorFirst.getDeployment());
				}
				deployment = ancestorFirst.getDeployment();
			}
		}
	}

	/** The elements of {@code proposal} once inheritance is resolved. */
	public static Inheritance of(Proposal proposal) {
		return new Inheritance(Objects.requireNonNull(proposal));
	}

	/**
	 * The proposal followed by the proposals it extends, nearest first. A cycle in {@code extends} ends the list before
	 * the first repeated proposal, and an unresolved reference ends it too.
	 */
	public static List<Proposal> lineage(Proposal proposal) {
		Set<Proposal> seen = new LinkedHashSet<>();
		for (Proposal current = proposal; current != null && !current.eIsProxy() && seen.add(current);) {
			current = current.getExtends();
		}
		return List.copyOf(seen);
	}

	public List<Proposal> lineage() {
		return lineage;
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
		EObject current = element;
		Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (replacements.containsKey(current) && seen.add(current)) {
			current = replacements.get(current);
		}
		return current;
	}

	private <T extends Declaration> void mergeDeclaration(List<T> merged, T declaration) {
		int index = indexOfReplaced(merged, declaration);
		if (index < 0) {
			merged.add(declaration);
		} else {
			replacements.put(merged.get(index), declaration);
			merged.set(index, declaration);
		}
	}

	private static <T extends Declaration> int indexOfReplaced(List<T> merged, T declaration) {
		Declaration replaced = declaration.getReplaces();
		if (replaced != null && !replaced.eIsProxy()) {
			int index = indexOfIdentical(merged, replaced);
			if (index >= 0) {
				return index;
			}
		}
		for (int i = 0; i < merged.size(); i++) {
			if (declaration.getName() != null && declaration.getName().equals(merged.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOfIdentical(List<?> list, Object element) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) == element) {
				return i;
			}
		}
		return -1;
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

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}
}
