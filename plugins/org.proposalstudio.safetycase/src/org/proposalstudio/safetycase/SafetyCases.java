package org.proposalstudio.safetycase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.proposalstudio.checks.Components;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.checks.TrainingFacts;
import org.proposalstudio.diagram.scene.Labels;
import org.proposalstudio.diagram.scene.SceneElements;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Condition;
import org.proposalstudio.model.proposal.Deployment;
import org.proposalstudio.model.proposal.LimitKind;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.Mitigation;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.OversightTool;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.SignalKind;
import org.proposalstudio.model.proposal.TheoreticalLimit;
import org.proposalstudio.model.proposal.TrainingSignal;

/**
 * Maps a proposal, with everything it inherits, to its safety case (docs/safety-case.md):
 * <ul>
 * <li>the top goal, that the proposal builds advanced AI that is safe and competitive, in the context of what is
 * deployed, the theoretical limit and the paper's presentation;</li>
 * <li>the strategy of arguing over the four components (§1), with the paper's reason as its justification;</li>
 * <li>a goal per component, carrying the argument's stance and text, supported by the oversight mechanisms it relies
 * on (goals, supported by the overseer's tools) and the training signals (solutions), in the context of the limit it
 * relies on and the paper's sections and citations;</li>
 * <li>a component without an argument, an argument that no signal or oversight supports, and an oversight that uses
 * no tool are undeveloped goals;</li>
 * <li>each finding of the checks is a counter goal challenging the element it concerns.</li>
 * </ul>
 * Identifiers come from the names of the proposal and of its elements, so an edit changes only the elements it
 * touches.
 */
public final class SafetyCases {

	private static final Comparator<Objection> ORDER = Comparator.comparing(Objection::check)
			.thenComparing(objection -> String.join("\n", objection.data())).thenComparing(Objection::message)
			.thenComparing(Objection::severity);

	private static final String PAPER = "Hubinger, \u201cAn overview of 11 proposals for building safe advanced AI\u201d (2020)";

	private final EffectiveProposal effective;
	private final Proposal proposal;
	private final String prefix;
	private final Map<String, Draft> elements = new LinkedHashMap<>();
	private final Map<Component, String> componentGoals = new LinkedHashMap<>();
	private final Map<String, String> oversightGoals = new LinkedHashMap<>();
	/** The id of the element that a signal, oversight or limit became, so that arguments relying on it share it. */
	private final Map<EObject, String> placed = new IdentityHashMap<>();

	private SafetyCases(EffectiveProposal effective) {
		this.effective = effective;
		this.proposal = effective.proposal();
		this.prefix = identifier(effective.declared().getName());
	}

	/**
	 * The safety case of a proposal.
	 *
	 * @param effective  the proposal with everything it inherits
	 * @param objections the findings of the checks within the proposal's text (those on its {@code extends} clause
	 *                   included); a check switched off yields none, and so no challenge
	 */
	public static SafetyCase of(EffectiveProposal effective, List<Objection> objections) {
		SafetyCases builder = new SafetyCases(effective);
		builder.argue();
		// the validator reports findings in no fixed order; the case must not depend on it
		objections.stream().sorted(ORDER).forEach(builder::challenge);
		return builder.build();
	}

	// ------------------------------------------------------------------ the argument

	private void argue() {
		Draft top = add(ElementKind.GOAL, prefix, "Top goal", title() + " builds advanced AI that is safe and competitive.",
				effective.declared());
		Deployment deployment = proposal.getDeployment();
		if (deployment != null) {
			top.inContextOf.add(add(ElementKind.CONTEXT, prefix + "_deployment", "Deployment", deploymentText(deployment), deployment).id);
			for (Participant discarded : deployment.getDiscarded()) {
				top.inContextOf.add(add(ElementKind.ASSUMPTION, prefix + "_discarded-" + identifier(discarded.getName()),
						"Discarded: " + Labels.of(discarded), Labels.of(discarded)
								+ " is trained only alongside what is deployed, and discarded before deployment.",
						discarded).id);
			}
		}
		if (proposal.getLimit() != null) {
			top.inContextOf.add(limitContext(proposal.getLimit()));
		}
		paperContext(prefix + "_paper", proposal.getSection(), proposal.getCitations(), "The paper presents the proposal"
				+ (proposal.getSection() != null ? " in \u00a7" + proposal.getSection() : ""), " (" + PAPER + ")").ifPresent(top.inContextOf::add);

		Draft strategy = add(ElementKind.STRATEGY, prefix + "_components", "Over the four components",
				"Argue over the four components on which the paper judges a proposal: outer alignment, inner alignment, "
						+ "training competitiveness and performance competitiveness.",
				null);
		top.supportedBy.add(strategy.id);
		Draft reason = add(ElementKind.JUSTIFICATION, prefix + "_components", "The paper's four components",
				"A proposal builds safe and competitive advanced AI if it is outer aligned, inner aligned, training competitive and "
						+ "performance competitive; prior work argued outer alignment at the expense of inner alignment (" + PAPER + ", \u00a71).",
				null);
		reason.url = SafetyCase.PAPER_URL;
		strategy.inContextOf.add(reason.id);
		for (Component component : Component.VALUES) {
			strategy.supportedBy.add(componentGoal(component));
		}
	}

	private String componentGoal(Component component) {
		String title = capitalized(Components.title(component));
		String id = prefix + "_" + component.getName().toLowerCase(Locale.ROOT).replace('_', '-');
		Optional<ComponentArgument> found = proposal.getArguments().stream().filter(argument -> argument.getComponent() == component)
				.findFirst();
		Draft goal;
		if (found.isEmpty()) {
			goal = add(ElementKind.GOAL, id, title, title + ": the proposal gives no argument. The question is: "
					+ Components.question(component), null);
		} else {
			ComponentArgument argument = found.get();
			String stance = argument.getStance().getLiteral();
			goal = add(ElementKind.GOAL, id, title, title + " is " + stance
					+ (argument.getText() == null ? "." : ": " + argument.getText().strip()), argument);
			for (Mechanism mechanism : argument.getReliesOn()) {
				if (mechanism instanceof Oversight oversight) {
					goal.supportedBy.add(oversightGoal(oversight));
				} else if (mechanism instanceof TrainingSignal signal) {
					goal.supportedBy.add(signalSolution(signal));
				} else if (mechanism instanceof TheoreticalLimit limit) {
					goal.inContextOf.add(limitContext(limit));
				}
			}
			paperContext(id + "_paper", argument.getSection(), argument.getCitations(), "The paper's analysis", "").ifPresent(goal.inContextOf::add);
		}
		goal.undeveloped = goal.supportedBy.isEmpty();
		componentGoals.put(component, goal.id);
		return goal.id;
	}

	private String oversightGoal(Oversight oversight) {
		if (placed.containsKey(oversight)) {
			return placed.get(oversight);
		}
		String id = prefix + "_" + identifier(oversight.getName());
		String overseer = Labels.of(oversight.getOverseer());
		String overseen = names(oversight.getOverseen().stream().map(Labels::of).toList());
		Draft goal = add(ElementKind.GOAL, id, "Oversight " + oversight.getName(), overseer + " oversees " + overseen + " "
				+ timing(oversight) + ", " + conditions(oversight) + details(oversight.getDescription()), oversight);
		oversightGoals.put(oversight.getName(), goal.id);
		placed.put(oversight, goal.id);
		for (OversightTool tool : oversight.getTools()) {
			goal.supportedBy.add(add(ElementKind.SOLUTION, id + "_" + tool.getLiteral(), capitalized(words(tool)),
					overseer + " uses " + words(tool) + " on " + overseen + ".", oversight).id);
		}
		for (Mitigation mitigation : oversight.getMitigations()) {
			goal.inContextOf.add(add(ElementKind.JUSTIFICATION, id + "_" + mitigation.getRisk().getLiteral(),
					"Mitigates " + mitigation.getRisk().getLiteral().replace('-', ' '),
					"Against " + mitigation.getRisk().getLiteral().replace('-', ' ') + ": "
							+ (mitigation.getDescription() != null ? mitigation.getDescription() : "the proposal states a mitigation") + ".",
					mitigation).id);
		}
		if (oversight.isOnTargetChange()) {
			goal.inContextOf.add(add(ElementKind.ASSUMPTION, id + "_target-change", "Re-run when the target changes", overseer
					+ " stays at least as capable as " + overseen + ", since oversight is re-run whenever the target changes (\u00a73.2).",
					oversight).id);
		}
		goal.undeveloped = goal.supportedBy.isEmpty();
		return goal.id;
	}

	private String signalSolution(TrainingSignal signal) {
		if (placed.containsKey(signal)) {
			return placed.get(signal);
		}
		String sources = signal.getSources().isEmpty() ? ""
				: " from " + names(signal.getSources().stream().map(Labels::of).toList());
		String id = add(ElementKind.SOLUTION, prefix + "_" + identifier(signal.getName()), "Signal " + signal.getName(),
				words(signal.getKind()) + " trains "
						+ names(signal.getTrains().stream().map(Labels::of).toList()) + sources + ", " + myopia(signal)
						+ details(signal.getDescription()),
				signal).id;
		placed.put(signal, id);
		return id;
	}

	private String limitContext(TheoreticalLimit limit) {
		if (placed.containsKey(limit)) {
			return placed.get(limit);
		}
		StringBuilder text = new StringBuilder("Training converges to the theoretical limit ").append(limit.getKind().getLiteral());
		if (limit.getAmplification() != null) {
			text.append(" of ").append(Labels.of(limit.getAmplification()));
		}
		if (limit.getTowards() != null && limit.getKind() == LimitKind.ANNEALED) {
			text.append(" towards ").append(limit.getTowards().getLiteral());
		}
		String id = add(ElementKind.CONTEXT, prefix + "_" + identifier(limit.getName()), "Limit " + limit.getName(),
				text + details(limit.getDescription()), limit).id;
		placed.put(limit, id);
		return id;
	}

	/** The paper's presentation of the proposal or of an argument: its section and reference numbers. */
	private Optional<String> paperContext(String id, String section, List<Integer> citations, String what, String source) {
		if (section == null && citations.isEmpty()) {
			return Optional.empty();
		}
		String cited = citations.stream().map(number -> "[" + number + "]").collect(Collectors.joining(", "));
		Draft context = add(ElementKind.CONTEXT, id, "Hubinger 2020" + (section != null ? ", \u00a7" + section : ""),
				what + (citations.isEmpty() ? "" : ", citing " + cited) + source + ".", null);
		context.url = SafetyCase.PAPER_URL;
		return Optional.of(context.id);
	}

	// ------------------------------------------------------------------ challenges

	/** A counter goal for the finding, challenging the element it concerns. */
	private void challenge(Objection objection) {
		String target = targetOf(objection);
		String subject = objection.subject() != null && hasSubject(objection.check()) ? "_" + identifier(objection.subject()) : "";
		Draft counter = add(ElementKind.COUNTER_GOAL, prefix + "_" + objection.check().id() + subject,
				objection.check().id() + " (" + objection.severity().name().toLowerCase(Locale.ROOT) + ")", objection.message(), null);
		counter.challenges = target;
		counter.objection = objection;
	}

	/**
	 * The element a finding concerns: the oversight mechanism the issue data names, the component the check is about,
	 * or the top goal for findings about the proposal as a whole.
	 */
	private String targetOf(Objection objection) {
		if (isAboutOversight(objection.check()) && oversightGoals.containsKey(objection.subject())) {
			return oversightGoals.get(objection.subject());
		}
		return Components.concernedBy(objection.check(), objection.data()).map(componentGoals::get).orElse(top().id);
	}

	private static boolean isAboutOversight(PaperCheck check) {
		return switch (check) {
		case OVERSIGHT_WITHOUT_CONDITION, AFTER_THE_FACT_DETECTION, OVERSIGHT_OVERFITTING, MYOPIA_VS_NONMYOPIC_SIGNAL,
				APPROVAL_OBFUSCATION, OVERSEER_WEAKER, NO_OPTIMIZATION_NEEDS_TRANSPARENCY, DEBATE_DECEPTION_CONDITION -> true;
		default -> false;
		};
	}

	/** Whether the check's first datum names what a finding is about, so that findings of the check can be told apart. */
	private static boolean hasSubject(PaperCheck check) {
		return switch (check) {
		case MISSING_INNER_ALIGNMENT, INNER_ALIGNMENT_UNSUPPORTED, MISSING_LIMIT -> false;
		default -> true;
		};
	}

	// ------------------------------------------------------------------ assembling

	/** An element being built: what it links to grows as the argument is walked. */
	private static final class Draft {
		final String id;
		final ElementKind kind;
		final String name;
		final String text;
		final String source;
		final List<String> supportedBy = new ArrayList<>();
		final List<String> inContextOf = new ArrayList<>();
		String challenges;
		boolean undeveloped;
		String url;
		Objection objection;

		Draft(String id, ElementKind kind, String name, String text, String source) {
			this.id = id;
			this.kind = kind;
			this.name = name;
			this.text = text;
			this.source = source;
		}
	}

	/**
	 * Adds an element whose id is the kind's prefix and {@code id}; should two elements of a proposal still get the
	 * same id (names the language reports as duplicates), the later one gets a number.
	 */
	private Draft add(ElementKind kind, String id, String name, String text, EObject element) {
		String unique = kind.idPrefix() + "_" + id;
		for (int n = 2; elements.containsKey(unique); n++) {
			unique = kind.idPrefix() + "_" + id + "-" + n;
		}
		Draft draft = new Draft(unique, kind, name, text, element == null ? null : sourceOf(element));
		elements.put(unique, draft);
		return draft;
	}

	private Draft top() {
		return elements.values().iterator().next();
	}

	/** The element as written that a part of the argument stands for, as diagrams name it. */
	private String sourceOf(EObject element) {
		if (element == effective.declared()) {
			return SceneElements.referenceOf(element);
		}
		EObject origin = effective.origin(element);
		return origin == null ? null : SceneElements.referenceOf(origin);
	}

	private SafetyCase build() {
		Set<String> challenged = new HashSet<>();
		elements.values().forEach(draft -> challenged.add(draft.challenges));
		List<ArgumentElement> built = new ArrayList<>();
		for (Draft draft : elements.values()) {
			AssertionStatus status = draft.undeveloped ? AssertionStatus.NEEDS_SUPPORT
					: draft.kind == ElementKind.ASSUMPTION ? AssertionStatus.ASSUMED
							: challenged.contains(draft.id) ? AssertionStatus.DEFEATED : AssertionStatus.ASSERTED;
			built.add(new ArgumentElement(draft.id, draft.kind, draft.name, draft.text, draft.supportedBy, draft.inContextOf,
					draft.challenges, draft.undeveloped, status, draft.url, draft.source, draft.objection));
		}
		Proposal extended = effective.declared().getExtends();
		return new SafetyCase(effective.declared().getName(), title(), extended == null || extended.eIsProxy() ? null : extended.getName(),
				built);
	}

	// ------------------------------------------------------------------ words

	private String title() {
		String title = proposal.getTitle();
		return title == null || title.isBlank() ? effective.declared().getName() : title;
	}

	private static String deploymentText(Deployment deployment) {
		StringBuilder text = new StringBuilder("Deployed: ").append(names(deployment.getDeployed().stream().map(Labels::of).toList()));
		if (deployment.getUsage() != null) {
			text.append(" (").append(deployment.getUsage().strip()).append(')');
		}
		if (!deployment.getDiscarded().isEmpty()) {
			text.append("; trained alongside and discarded: ").append(names(deployment.getDiscarded().stream().map(Labels::of).toList()));
		}
		return text.append('.').toString();
	}

	private static String timing(Oversight oversight) {
		return switch (oversight.getTiming()) {
		case CONTINUOUS -> "continuously, as a loss throughout training (relaxed adversarial training)";
		case INTERMITTENT -> "intermittently, between training phases" + (oversight.isOnTargetChange() ? " and whenever the target changes" : "");
		case AFTER_TRAINING -> "once, after training";
		case MONITORING -> "throughout training, halting it when the check fails";
		};
	}

	private static String conditions(Oversight oversight) {
		if (oversight.getConditions().isEmpty()) {
			return "checking no stated condition";
		}
		return "checking " + names(oversight.getConditions().stream().map(SafetyCases::words).toList());
	}

	private static String words(Condition condition) {
		return switch (condition) {
		case PER_STEP_MYOPIA -> "per-step myopia";
		case PER_EPISODE_MYOPIA -> "per-episode myopia";
		case NO_OPTIMIZATION -> "no optimization";
		case NO_HUMAN_MODELING -> "no human modeling";
		default -> condition.getLiteral();
		};
	}

	private static String words(SignalKind kind) {
		return switch (kind) {
		case IMITATION -> "Imitation";
		case APPROVAL -> "Approval";
		case RL_REWARD -> "RL reward";
		case REWARD_MODELING -> "Reward modeling";
		case PREDICTION -> "Prediction";
		case DEBATE -> "Debate";
		case TASK -> "Training on the task";
		};
	}

	private static String myopia(TrainingSignal signal) {
		return switch (TrainingFacts.myopiaOf(signal)) {
		case PER_STEP -> "per-step myopic";
		case PER_EPISODE -> "per-episode myopic";
		default -> "non-myopic";
		};
	}

	private static String words(OversightTool tool) {
		return switch (tool) {
		case TRANSPARENCY_TOOLS -> "transparency tools";
		case ADVERSARIAL_ATTACKS -> "adversarial attacks";
		case CROSS_EXAMINATION -> "cross-examination";
		case OUT_OF_DISTRIBUTION_DETECTION -> "out-of-distribution detection";
		};
	}

	/** ": description" for a description, "." for none: every text ends as a sentence. */
	private static String details(String description) {
		return description == null || description.isBlank() ? "." : ": " + description.strip();
	}

	/** "A", "A and B", "A, B and C". */
	static String names(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A name as it may stand in an identifier: letters, digits, '.', '-' and '_', as XML ids allow; a prime becomes
	 * "-prime", anything else '_'.
	 */
	static String identifier(String name) {
		if (name == null || name.isEmpty()) {
			return "_";
		}
		StringBuilder id = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (c == '\'') {
				id.append("-prime");
			} else if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') {
				id.appendCodePoint(c);
			} else {
				id.append('_');
			}
		});
		return id.toString();
	}
}
