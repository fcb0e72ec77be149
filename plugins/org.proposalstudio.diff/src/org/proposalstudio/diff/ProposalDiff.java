package org.proposalstudio.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.proposalstudio.checks.Components;
import org.proposalstudio.diff.ElementChange.Kind;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.Mitigation;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.TheoreticalLimit;
import org.proposalstudio.model.proposal.Unrolling;
import org.proposalstudio.report.Diagnostic;

/**
 * Compares two proposals, each with everything it inherits: the one engine behind {@code proposal-studio diff} and the
 * workbench's comparison. Elements are paired by family and name (flows by their ends, arguments by component, the limit
 * and the deployment as such), or by {@code replaces} when one proposal declares an element in place of the other's; the
 * properties of a pair are compared feature by feature from the metamodel, so that a feature added to the language is
 * compared without a change here. Texts get a word diff. Diagnostics are compared by check and message, not position.
 */
public final class ProposalDiff {

	/** What a finding on an inherited element says first; the same finding, inherited or not, is the same finding. */
	private static final Pattern INHERITED = Pattern.compile("^Inherited from '[^']*': ");

	private final Side older;
	private final Side newer;
	private final List<ElementChange> changes = new ArrayList<>();

	private ProposalDiff(Side older, Side newer) {
		this.older = older;
		this.newer = newer;
	}

	public static ProposalComparison compare(Side older, Side newer) {
		return new ProposalDiff(older, newer).compare();
	}

	private ProposalComparison compare() {
		Proposal a = older.proposal();
		Proposal b = newer.proposal();
		proposalFacts(a, b);
		family("participant", a.getParticipants(), b.getParticipants(), NamedElement::getName);
		family("flow", a.getFlows(), b.getFlows(), ProposalDiff::flowName);
		family("signal", a.getSignals(), b.getSignals(), NamedElement::getName);
		family("oversight", a.getOversights(), b.getOversights(), NamedElement::getName);
		family("limit", listOf(a.getLimit()), listOf(b.getLimit()), limit -> "limit");
		family("deployment", listOf(a.getDeployment()), listOf(b.getDeployment()), deployment -> "deployment");
		family("argument", a.getArguments(), b.getArguments(), argument -> Components.title(argument.getComponent()));
		List<ProposalComparison.FigurePair> figures = family("figure", a.getFigures(), b.getFigures(), NamedElement::getName);
		return new ProposalComparison(older, newer, changes, minus(older.diagnostics(), newer.diagnostics()),
				minus(newer.diagnostics(), older.diagnostics()), figures);
	}

	/** Title, section, citations, description and what each proposal extends. */
	private void proposalFacts(Proposal a, Proposal b) {
		List<PropertyChange> properties = new ArrayList<>();
		for (EStructuralFeature feature : List.of(ProposalPackage.Literals.PROPOSAL__TITLE, ProposalPackage.Literals.PROPOSAL__SECTION,
				ProposalPackage.Literals.PROPOSAL__CITATIONS, ProposalPackage.Literals.NAMED_ELEMENT__DESCRIPTION)) {
			property(feature, a, b).ifPresent(properties::add);
		}
		List<String> extendedBefore = extended(older);
		List<String> extendedAfter = extended(newer);
		if (!extendedBefore.equals(extendedAfter)) {
			properties.add(new PropertyChange("extends", extendedBefore, extendedAfter, List.of()));
		}
		if (!properties.isEmpty()) {
			changes.add(new ElementChange("proposal", Kind.CHANGED, a.getName(), b.getName(), properties));
		}
	}

	private static List<String> extended(Side side) {
		Proposal base = side.effective().declared().getExtends();
		return base == null || base.eIsProxy() ? List.of() : List.of(base.getName());
	}

	/**
	 * Compares one family of elements, recording what differs; returns the pairs, the new proposal's order first, with
	 * whether each differs.
	 */
	private <T extends EObject> List<ProposalComparison.FigurePair> family(String family, List<T> as, List<T> bs, Function<T, String> key) {
		Map<T, T> pairs = new LinkedHashMap<>();
		List<T> unpaired = new ArrayList<>(as);
		for (T b : bs) {
			T a = unpaired.stream().filter(candidate -> Objects.equals(key.apply(candidate), key.apply(b))).findFirst()
					.orElseGet(() -> unpaired.stream().filter(candidate -> replaces(b, newer, candidate, older) || replaces(candidate, older, b, newer))
							.findFirst().orElse(null));
			unpaired.remove(a);
			pairs.put(b, a);
		}
		List<ProposalComparison.FigurePair> figures = new ArrayList<>();
		for (Map.Entry<T, T> pair : pairs.entrySet()) {
			T b = pair.getKey();
			T a = pair.getValue();
			boolean changed;
			if (a == null) {
				changes.add(new ElementChange(family, Kind.ADDED, null, key.apply(b), properties(null, b)));
				changed = true;
			} else {
				List<PropertyChange> properties = properties(a, b);
				boolean renamed = !Objects.equals(key.apply(a), key.apply(b));
				changed = renamed || !properties.isEmpty();
				if (changed) {
					changes.add(new ElementChange(family, renamed ? Kind.REPLACED : Kind.CHANGED, key.apply(a), key.apply(b), properties));
				}
			}
			if (b instanceof Figure figure) {
				figures.add(new ProposalComparison.FigurePair((Figure) a, figure, changed));
			}
		}
		for (T a : unpaired) {
			changes.add(new ElementChange(family, Kind.REMOVED, key.apply(a), null, properties(a, null)));
			if (a instanceof Figure figure) {
				figures.add(new ProposalComparison.FigurePair(figure, null, true));
			}
		}
		return figures;
	}

	/** Whether {@code element} of one side is declared in place of {@code other} of the other side. */
	private static boolean replaces(EObject element, Side side, EObject other, Side otherSide) {
		if (!(side.effective().origin(element) instanceof Declaration declared) || declared.getReplaces() == null
				|| declared.getReplaces().eIsProxy()) {
			return false;
		}
		Declaration replaced = declared.getReplaces();
		return otherSide.effective().origin(other) == replaced;
	}

	/** The properties of {@code a} and {@code b} (either may be null) that differ, in the metamodel's order. */
	private static List<PropertyChange> properties(EObject a, EObject b) {
		EObject any = a != null ? a : b;
		List<PropertyChange> properties = new ArrayList<>();
		if (a != null && b != null && a.eClass() != b.eClass() || !isSingleKind(any)) {
			List<String> before = a == null ? List.of() : List.of(kindName(a));
			List<String> after = b == null ? List.of() : List.of(kindName(b));
			if (!before.equals(after)) {
				properties.add(new PropertyChange("kind", before, after, List.of()));
			}
		}
		List<EStructuralFeature> features = new ArrayList<>(any.eClass().getEAllStructuralFeatures());
		if (a != null && b != null) {
			b.eClass().getEAllStructuralFeatures().stream().filter(feature -> !features.contains(feature)).forEach(features::add);
		}
		for (EStructuralFeature feature : features) {
			// a name is what pairs elements, except the limit's: a proposal has one, whatever it is called
			boolean pairingName = feature == ProposalPackage.Literals.NAMED_ELEMENT__NAME && !(any instanceof TheoreticalLimit);
			if (pairingName || feature == ProposalPackage.Literals.DECLARATION__REPLACES
					|| feature.isDerived() || feature.isTransient()) {
				continue;
			}
			property(feature, a, b).ifPresent(properties::add);
		}
		return properties;
	}

	/** Participants come in kinds (a model, an agent, ...); other families have one class each. */
	private static boolean isSingleKind(EObject element) {
		return !ProposalPackage.Literals.PARTICIPANT.isSuperTypeOf(element.eClass());
	}

	private static Optional<PropertyChange> property(EStructuralFeature feature, EObject a, EObject b) {
		List<String> before = values(a, feature);
		List<String> after = values(b, feature);
		if (before.equals(after)) {
			return Optional.empty();
		}
		boolean text = feature instanceof EAttribute && !feature.isMany() && feature.getEType() == EcorePackage.Literals.ESTRING;
		List<WordDiff.Piece> words = text ? WordDiff.of(String.join("", before), String.join("", after)) : List.of();
		if (text && !WordDiff.changes(words)) {
			// only the layout of the text differs (spaces, line breaks)
			return Optional.empty();
		}
		return Optional.of(new PropertyChange(prose(feature.getName()), before, after, words));
	}

	/** A feature's values as text: names for references, literals for enumerations, yes or no for flags. */
	private static List<String> values(EObject element, EStructuralFeature feature) {
		if (element == null || !element.eClass().getEAllStructuralFeatures().contains(feature)) {
			return List.of();
		}
		Object value = element.eGet(feature);
		List<?> items = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
		List<String> values = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof Boolean flag) {
				values.add(flag ? "yes" : "no");
			} else if (item instanceof Enumerator literal) {
				values.add(literal.getLiteral());
			} else if (item instanceof EObject object) {
				values.add(feature instanceof EReference reference && reference.isContainment() ? describe(object) : nameOf(object));
			} else if (item != null) {
				values.add(item.toString());
			}
		}
		return values;
	}

	/** A contained element, as the language writes it. */
	private static String describe(EObject contained) {
		if (contained instanceof Mitigation mitigation) {
			return mitigation.getRisk().getLiteral() + ": " + mitigation.getDescription();
		}
		if (contained instanceof Unrolling unrolling) {
			return unrolling.getKind().getLiteral() + " depth " + unrolling.getDepth()
					+ (unrolling.getBreadth() > 0 ? " breadth " + unrolling.getBreadth() : "");
		}
		return contained.eClass().getName();
	}

	private static String nameOf(EObject element) {
		if (element instanceof NamedElement named) {
			return named.getName();
		}
		if (element instanceof ComponentArgument argument) {
			return Components.title(argument.getComponent());
		}
		return element.eClass().getName();
	}

	/** A participant's kind as the language writes it: model, reward model, amplified. */
	private static String kindName(EObject element) {
		return prose(element.eClass().getName()).replace("amplified model", "amplified");
	}

	private static String flowName(InformationFlow flow) {
		return nameOf(flow.getSource()) + (flow.isBidirectional() ? " <-> " : " -> ") + nameOf(flow.getTarget());
	}

	/** "reliesOn" as "relies on", "RewardModel" as "reward model". */
	static String prose(String camelCase) {
		return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}

	private static <T> List<T> listOf(T element) {
		return element == null ? List.of() : List.of(element);
	}

	/** The diagnostics of {@code these} that {@code those} does not have, by check and message, with multiplicity. */
	private static List<Diagnostic> minus(List<Diagnostic> these, List<Diagnostic> those) {
		List<String> remaining = new ArrayList<>(those.stream().map(ProposalDiff::findingKey).toList());
		List<Diagnostic> only = new ArrayList<>();
		for (Diagnostic diagnostic : these) {
			if (!remaining.remove(findingKey(diagnostic))) {
				only.add(diagnostic);
			}
		}
		return only;
	}

	private static String findingKey(Diagnostic diagnostic) {
		return diagnostic.severity() + " " + diagnostic.check() + " " + INHERITED.matcher(diagnostic.message()).replaceFirst("");
	}
}
