package org.proposalstudio.checks;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.COMPONENT_ARGUMENT__COMPONENT;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.COMPONENT_ARGUMENT__RELIES_ON;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.DEPLOYMENT__DEPLOYED;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.NAMED_ELEMENT__NAME;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.OVERSIGHT__CONDITIONS;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.OVERSIGHT__OVERSEER;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.OVERSIGHT__TIMING;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.OVERSIGHT__TOOLS;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.PROPOSAL__EXTENDS;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Condition;
import org.proposalstudio.model.proposal.Human;
import org.proposalstudio.model.proposal.LimitKind;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.Model;
import org.proposalstudio.model.proposal.Myopia;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.OversightTiming;
import org.proposalstudio.model.proposal.OversightTool;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.Risk;
import org.proposalstudio.model.proposal.SignalKind;
import org.proposalstudio.model.proposal.Trainable;
import org.proposalstudio.model.proposal.TrainingSignal;

/**
 * The checks of {@link PaperCheck}: what a proposal's argument leaves out, above all a missing or unsupported inner
 * alignment argument. Each rule is one {@code @Check} method. The rules look at the effective proposal, with everything
 * it inherits, and report each finding on the element as the author wrote it, or on the {@code extends} clause when the
 * element is inherited. Messages name the missing piece and end with the paper's sections; issue data carries what a
 * quick fix needs.
 * <p>
 * The language's validator composes these checks; severities come from the project's configuration
 * ({@link ProposalsProperties}).
 */
public class ProposalChecks extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ProposalPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into the language's validator, which registers itself
	}

	// ------------------------------------------------------------------ completeness

	@Check
	public void checkInnerAlignmentArgued(Proposal proposal) {
		Proposal effective = effective(proposal).proposal();
		if (argument(effective, Component.INNER_ALIGNMENT).isEmpty()) {
			reportOnProposal(PaperCheck.MISSING_INNER_ALIGNMENT, proposal, "Proposal '" + proposal.getName()
					+ "' has no inner alignment argument: say why training yields a model that actually pursues the trained objective rather than a deceptive or pseudo-aligned one, the part prior work leaves out \"at the expense of inner alignment\"",
					effective.getOversights().stream().map(Oversight::getName).toArray(String[]::new));
		}
	}

	@Check
	public void checkOtherComponentsArgued(Proposal proposal) {
		Proposal effective = effective(proposal).proposal();
		for (Component component : List.of(Component.OUTER_ALIGNMENT, Component.TRAINING_COMPETITIVENESS,
				Component.PERFORMANCE_COMPETITIVENESS)) {
			if (argument(effective, component).isEmpty()) {
				reportOnProposal(PaperCheck.MISSING_COMPONENT, proposal, "Proposal '" + proposal.getName() + "' has no "
						+ Components.title(component) + " argument: " + Components.question(component), component.getLiteral());
			}
		}
	}

	@Check
	public void checkInnerAlignmentSupported(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		argument(effective.proposal(), Component.INNER_ALIGNMENT).ifPresent(argument -> {
			if (argument.getReliesOn().stream().noneMatch(Oversight.class::isInstance)) {
				String reliedOn = argument.getReliesOn().isEmpty() ? "relies on no mechanism"
						: "relies only on " + names(argument.getReliesOn()) + ", none of which oversees the model";
				report(PaperCheck.INNER_ALIGNMENT_UNSUPPORTED, effective, argument,
						argument.getReliesOn().isEmpty() ? COMPONENT_ARGUMENT__COMPONENT : COMPONENT_ARGUMENT__RELIES_ON,
						"The inner alignment argument " + reliedOn
								+ ": name the oversight it counts on (a transparency check, relaxed adversarial training, an enforced condition) with 'relies on'",
						effective.proposal().getOversights().stream().map(Oversight::getName).toArray(String[]::new));
			}
		});
	}

	@Check
	public void checkRecursiveSchemeHasLimit(Proposal proposal) {
		Proposal effective = effective(proposal).proposal();
		TrainingFacts facts = new TrainingFacts(effective);
		if (effective.getLimit() == null && facts.isRecursive()) {
			LimitKind suggested = limitOf(facts.recursiveSignalKind());
			reportOnProposal(PaperCheck.MISSING_LIMIT, proposal, "Proposal '" + proposal.getName()
					+ "' is a recursive scheme but declares no theoretical limit, so its outer alignment has nothing to be judged against: declare its limit, e.g. '"
					+ suggested.getLiteral() + "'", suggested.getLiteral());
		}
	}

	@Check
	public void checkSomethingTrainedIsDeployed(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		Proposal model = effective.proposal();
		if (model.getDeployment() == null) {
			reportOnProposal(PaperCheck.NOTHING_DEPLOYED, proposal, "Proposal '" + proposal.getName()
					+ "' does not say which artifact is deployed: add 'deploy' with the trained model that is used");
			return;
		}
		TrainingFacts facts = new TrainingFacts(model);
		List<Participant> deployed = model.getDeployment().getDeployed();
		for (int i = 0; i < deployed.size(); i++) {
			Participant participant = deployed.get(i);
			if (!participant.eIsProxy() && !facts.isTrained(participant)) {
				report(PaperCheck.NOTHING_DEPLOYED, effective, model.getDeployment(), DEPLOYMENT__DEPLOYED, i,
						display(participant) + " is deployed, but no training signal produces it", participant.getName());
			}
		}
	}

	// ------------------------------------------------------------------ soundness of the inner alignment story

	/**
	 * The conditions an overseer can verify and that rule out deception (§3.2, §4.2); corrigibility and non-catastrophe
	 * are what those are meant to bring about.
	 */
	private static final Set<Condition> VERIFIABLE = EnumSet.of(Condition.PER_STEP_MYOPIA, Condition.PER_EPISODE_MYOPIA,
			Condition.NO_OPTIMIZATION, Condition.NO_HUMAN_MODELING, Condition.NON_DECEPTION);

	@Check
	public void checkOversightHasCondition(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		for (Oversight oversight : effective.proposal().getOversights()) {
			if (oversight.getConditions().stream().noneMatch(VERIFIABLE::contains) && !isCrossExaminationOnly(oversight)) {
				boolean checksNothing = oversight.getConditions().isEmpty();
				String checked = checksNothing ? "for no verifiable condition"
						: "only " + String.join(", ", oversight.getConditions().stream().map(Condition::getLiteral).toList())
								+ ", no verifiable condition (myopia, no optimization, no human modeling, non-deception)";
				report(PaperCheck.OVERSIGHT_WITHOUT_CONDITION, effective, oversight, checksNothing ? NAMED_ELEMENT__NAME : OVERSIGHT__CONDITIONS,
						"Oversight '" + oversight.getName() + "' checks " + checked
								+ ": deception is hard to detect directly, so check a simpler condition that rules it out, e.g. 'checking per-step-myopia'",
						oversight.getName(), Condition.PER_STEP_MYOPIA.getLiteral());
			}
		}
	}

	@Check
	public void checkDeceptionPreventedDuringTraining(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		TrainingFacts facts = new TrainingFacts(effective.proposal());
		for (Oversight oversight : effective.proposal().getOversights()) {
			if (isAfterTheFact(oversight) && oversight.getOverseen().stream()
					.noneMatch(overseen -> facts.oversightsOf(overseen).stream().anyMatch(ProposalChecks::isContinuous))) {
				String when = oversight.getTiming() == OversightTiming.INTERMITTENT ? "between training phases"
						: "once, after training";
				report(PaperCheck.AFTER_THE_FACT_DETECTION, effective, oversight, OVERSIGHT__TIMING, "Oversight '"
						+ oversight.getName() + "' runs only " + when
						+ " and nothing gives a gradient away from deception during training: a deceptive model may obfuscate its cognition before it is checked; oversight that acts 'continuously' (relaxed adversarial training) would prevent deception rather than detect it after the fact",
						oversight.getName());
			}
		}
	}

	@Check
	public void checkOverfittingMitigated(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		for (Oversight oversight : effective.proposal().getOversights()) {
			if (isContinuous(oversight) && !isCrossExaminationOnly(oversight)
					&& oversight.getMitigations().stream().noneMatch(m -> m.getRisk() == Risk.OVERFITTING)) {
				report(PaperCheck.OVERSIGHT_OVERFITTING, effective, oversight, OVERSIGHT__TIMING, "Oversight '"
						+ oversight.getName()
						+ "' trains the model against the oversight signal with no stated mitigation against overfitting it: a model optimized to pass oversight may be obfuscated rather than safe; state one with 'mitigating overfitting'",
						oversight.getName());
			}
		}
	}

	@Check
	public void checkPerStepMyopiaIsPossible(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		TrainingFacts facts = new TrainingFacts(effective.proposal());
		for (Oversight oversight : effective.proposal().getOversights()) {
			int condition = oversight.getConditions().indexOf(Condition.PER_STEP_MYOPIA);
			if (condition < 0) {
				continue;
			}
			oversight.getOverseen().stream()
					.flatMap(overseen -> facts.signalsTraining(overseen).stream()
							.filter(signal -> TrainingFacts.myopiaOf(signal) != Myopia.PER_STEP)
							.map(signal -> display(overseen) + " is trained by the " + myopiaText(signal) + " signal '"
									+ signal.getName() + "'"))
					.findFirst()
					.ifPresent(reason -> report(PaperCheck.MYOPIA_VS_NONMYOPIC_SIGNAL, effective, oversight, OVERSIGHT__CONDITIONS,
							condition, "Oversight '" + oversight.getName() + "' checks per-step myopia, but " + reason
									+ ": per-step myopia verification is ruled out, though per-episode myopia may still be verifiable",
							oversight.getName(), Condition.PER_EPISODE_MYOPIA.getLiteral()));
		}
	}

	@Check
	public void checkApprovalNotCombinedWithInternalsChecks(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		TrainingFacts facts = new TrainingFacts(effective.proposal());
		for (Oversight oversight : effective.proposal().getOversights()) {
			int tool = oversight.getTools().indexOf(OversightTool.TRANSPARENCY_TOOLS);
			if (tool < 0) {
				continue;
			}
			oversight.getOverseen().stream()
					.flatMap(overseen -> facts.signalsTraining(overseen).stream()
							.filter(signal -> signal.getKind() == SignalKind.APPROVAL)
							.map(signal -> display(overseen) + ", which is trained to maximize approval by '" + signal.getName()
									+ "'"))
					.findFirst()
					.ifPresent(overseen -> report(PaperCheck.APPROVAL_OBFUSCATION, effective, oversight, OVERSIGHT__TOOLS, tool,
							"Oversight '" + oversight.getName() + "' inspects the internals of " + overseen
									+ ": approval directly incentivizes fooling the overseer and obfuscating internals that oversight inspects",
							oversight.getName()));
		}
	}

	@Check
	public void checkOverseerAtLeastAsCapable(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		for (Oversight oversight : effective.proposal().getOversights()) {
			weaknessOf(oversight).ifPresent(weakness -> report(PaperCheck.OVERSEER_WEAKER, effective, oversight,
					OVERSIGHT__OVERSEER, "The overseer " + display(oversight.getOverseer()) + " of '" + oversight.getName()
							+ "' is not at least as capable as " + names(oversight.getOverseen()) + ": " + weakness,
					oversight.getName()));
		}
	}

	@Check
	public void checkAuxiliaryModelsOverseen(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		TrainingFacts facts = new TrainingFacts(effective.proposal());
		for (Participant participant : effective.proposal().getParticipants()) {
			if (participant instanceof Trainable trainable && TrainingFacts.lineageRoot(trainable) == trainable
					&& facts.isTrained(trainable) && !facts.isDeployed(trainable) && facts.oversightsOf(trainable).isEmpty()) {
				report(PaperCheck.UNOVERSEEN_AUXILIARY, effective, participant, NAMED_ELEMENT__NAME, display(participant)
						+ " is trained but neither deployed nor overseen: it can still act on the training of what is deployed, or break out of its sandbox",
						participant.getName());
			}
		}
	}

	@Check
	public void checkConditionsNeedingTransparency(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		for (Oversight oversight : effective.proposal().getOversights()) {
			if (oversight.getTools().contains(OversightTool.TRANSPARENCY_TOOLS)) {
				continue;
			}
			for (Condition condition : List.of(Condition.NO_OPTIMIZATION, Condition.NO_HUMAN_MODELING)) {
				int index = oversight.getConditions().indexOf(condition);
				if (index >= 0) {
					report(PaperCheck.NO_OPTIMIZATION_NEEDS_TRANSPARENCY, effective, oversight, OVERSIGHT__CONDITIONS, index,
							"Oversight '" + oversight.getName() + "' claims '" + condition.getLiteral()
									+ "' but uses no transparency tools, and nothing else can tell optimization or human modeling from their absence: add 'transparency-tools'",
							oversight.getName(), OversightTool.TRANSPARENCY_TOOLS.getLiteral());
				}
			}
		}
	}

	@Check
	public void checkDebateCondition(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		if (effective.proposal().getSignals().stream().noneMatch(signal -> signal.getKind() == SignalKind.DEBATE)) {
			return;
		}
		for (Oversight oversight : effective.proposal().getOversights()) {
			int index = oversight.getConditions().indexOf(Condition.NON_DECEPTION);
			if (index >= 0) {
				report(PaperCheck.DEBATE_DECEPTION_CONDITION, effective, oversight, OVERSIGHT__CONDITIONS, index, "Oversight '"
						+ oversight.getName()
						+ "' enforces non-deception in a debate, where the second debater must argue a position it does not believe; per-episode myopia is the condition that could rule out deceptive alignment instead",
						oversight.getName(), Condition.PER_EPISODE_MYOPIA.getLiteral());
			}
		}
	}

	@Check
	public void checkGuaranteesForwardToBuiltModels(Proposal proposal) {
		EffectiveProposal effective = effective(proposal);
		TrainingFacts facts = new TrainingFacts(effective.proposal());
		for (Participant participant : effective.proposal().getParticipants()) {
			if (participant instanceof Trainable trainable && trainable.isBuildsModels() && facts.oversightsOf(trainable)
					.stream().flatMap(oversight -> oversight.getMitigations().stream())
					.noneMatch(mitigation -> mitigation.getRisk() == Risk.META_LEARNING)) {
				report(PaperCheck.META_LEARNING_FORWARDING, effective, participant, NAMED_ELEMENT__NAME, display(participant)
						+ " may build other models, and no oversight of it says how its guarantees forward to them (footnote 13): add 'mitigating meta-learning' to its oversight",
						participant.getName());
			}
		}
	}

	// ------------------------------------------------------------------ reporting

	/**
	 * The proposal with everything it inherits. The checks of one proposal run one after the other, so the validation
	 * context keeps the last one made: keeping all of a file's would hold every inherited element once per proposal.
	 */
	private EffectiveProposal effective(Proposal proposal) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return EffectiveProposal.of(proposal);
		}
		EffectiveProposal last = (EffectiveProposal) context.get(EffectiveProposal.class);
		if (last == null || last.declared() != proposal) {
			last = EffectiveProposal.of(inheritances(context).of(proposal));
			context.put(EffectiveProposal.class, last);
		}
		return last;
	}

	/**
	 * The inheritance of proposals during one validation of a resource, computed once for all its proposals and shared
	 * by every rule that needs it (the context lives as long as that validation).
	 */
	public static Inheritances inheritances(Map<Object, Object> context) {
		return context == null ? new Inheritances() : (Inheritances) context.computeIfAbsent(Inheritances.class, key -> new Inheritances());
	}

	private void reportOnProposal(PaperCheck check, Proposal proposal, String message, String... data) {
		addIssue(cite(check, message), proposal, NAMED_ELEMENT__NAME, check.id(), data);
	}

	private void report(PaperCheck check, EffectiveProposal effective, EObject element, EStructuralFeature feature,
			String message, String... data) {
		report(check, effective, element, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, message, data);
	}

	/**
	 * Reports on the element as written; a finding on an inherited element goes on the {@code extends} clause of the
	 * proposal being validated, which is where its author can act on it.
	 */
	private void report(PaperCheck check, EffectiveProposal effective, EObject element, EStructuralFeature feature, int index,
			String message, String... data) {
		if (effective.isInherited(element)) {
			addIssue("Inherited from '" + effective.declaringProposal(element).getName() + "': " + cite(check, message),
					effective.declared(), PROPOSAL__EXTENDS, check.id(), data);
		} else {
			addIssue(cite(check, message), effective.origin(element), feature, index, check.id(), data);
		}
	}

	private static String cite(PaperCheck check, String message) {
		return message + " (" + check.citedSections() + ")";
	}

	// ------------------------------------------------------------------ facts the rules share

	private static Optional<ComponentArgument> argument(Proposal proposal, Component component) {
		return proposal.getArguments().stream().filter(argument -> argument.getComponent() == component).findFirst();
	}

	/** Relaxed adversarial training: the model is trained against the oversight signal all along. */
	private static boolean isContinuous(Oversight oversight) {
		return oversight.getTiming() == OversightTiming.CONTINUOUS;
	}

	/** Between training phases or after training; monitoring throughout training detects as problems arise. */
	private static boolean isAfterTheFact(Oversight oversight) {
		return oversight.getTiming() == OversightTiming.INTERMITTENT || oversight.getTiming() == OversightTiming.AFTER_TRAINING;
	}

	/**
	 * Cross-examination (§10) elicits answers for the judge rather than checking the overseen model for a condition,
	 * and nothing is trained to pass it: the rules about checked conditions and overfitting do not apply to it alone.
	 */
	private static boolean isCrossExaminationOnly(Oversight oversight) {
		return !oversight.getTools().isEmpty() && oversight.getTools().stream().allMatch(tool -> tool == OversightTool.CROSS_EXAMINATION);
	}

	private static LimitKind limitOf(SignalKind recursiveSignal) {
		return switch (recursiveSignal) {
		case APPROVAL -> LimitKind.APPROVAL_TREE;
		case REWARD_MODELING -> LimitKind.REWARD_MODELING_TREE;
		case DEBATE -> LimitKind.DEBATE_EQUILIBRIUM;
		default -> LimitKind.HCH;
		};
	}

	/** Why the overseer may be weaker than what it oversees, if it may. */
	private static Optional<String> weaknessOf(Oversight oversight) {
		Participant overseer = oversight.getOverseer();
		if (overseer instanceof Human) {
			return Optional.of("a human with no access to a model gets no help from it in finding problems");
		}
		if (overseer instanceof AmplifiedModel && oversight.getTiming() == OversightTiming.INTERMITTENT
				&& !oversight.isOnTargetChange()) {
			return Optional.of(
					"intermittent oversight that is not re-run 'when the target changes' lets the model outgrow the targets its overseer was built from");
		}
		if (overseer instanceof Model older && oversight.getOverseen().stream().anyMatch(overseen -> isEarlierVersionOf(older, overseen))) {
			return Optional.of("an earlier version of a model oversees a later one");
		}
		return Optional.empty();
	}

	private static boolean isEarlierVersionOf(Model older, Trainable newer) {
		for (Model current = older.getEarlierVersionOf(); current != null; current = current.getEarlierVersionOf()) {
			if (current == newer) {
				return true;
			}
			if (current == older) {
				return false;
			}
		}
		return false;
	}

	private static String myopiaText(TrainingSignal signal) {
		return switch (TrainingFacts.myopiaOf(signal)) {
		case PER_EPISODE -> "per-episode myopic";
		case NON_MYOPIC -> "non-myopic";
		default -> "per-step myopic";
		};
	}

	private static String display(Participant participant) {
		return "'" + participant.getName() + "'";
	}

	private static String names(List<? extends Object> elements) {
		return String.join(", ", elements.stream().map(element -> element instanceof Participant participant ? display(participant)
				: element instanceof Mechanism mechanism ? "'" + mechanism.getName() + "'" : String.valueOf(element)).toList());
	}
}
