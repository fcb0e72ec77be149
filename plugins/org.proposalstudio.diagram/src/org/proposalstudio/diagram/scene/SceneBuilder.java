package org.proposalstudio.diagram.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.proposalstudio.model.Limits;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.Debater;
import org.proposalstudio.model.proposal.DebaterPosition;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.FlowKind;
import org.proposalstudio.model.proposal.Human;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.OversightTool;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.SignalKind;
import org.proposalstudio.model.proposal.TheoreticalLimit;
import org.proposalstudio.model.proposal.Trainable;
import org.proposalstudio.model.proposal.TrainingSignal;
import org.proposalstudio.model.proposal.Unrolling;

/**
 * Derives the scene of a figure from the proposal with everything it inherits. A flow figure shows participants and
 * the arrows the model implies: information flows, amplification of M into Amp(M), the training signals, oversight.
 * Amp(M) is a group around the human and the model it consults; flows reach them inside it, while signals and
 * oversight reach the trained model, drawn beside the group. Unrolled figures are built by {@link LimitTrees},
 * {@link DebateTrees}, {@link VersionChains} and {@link NestedRewardModeling}.
 */
public final class SceneBuilder {

	private SceneBuilder() {
	}

	/** The scenes of every figure of the proposal, its inherited figures included, in declaration order. */
	public static List<Scene> scenesOf(Proposal proposal) {
		EffectiveProposal effective = EffectiveProposal.of(proposal);
		return effective.proposal().getFigures().stream().map(figure -> sceneOf(effective, figure)).toList();
	}

	/** The scene of one figure of an effective proposal ({@code figure} belongs to its copy). */
	public static Scene sceneOf(EffectiveProposal effective, Figure figure) {
		SceneDraft draft = new SceneDraft(effective, figure);
		Unrolling unrolling = figure.getUnrolling();
		if (unrolling == null) {
			return flow(draft);
		}
		TheoreticalLimit limit = effective.proposal().getLimit();
		String tooLarge = Limits.unrollingProblem(unrolling.getKind(), limit == null ? null : LimitTrees.treeKind(limit),
				unrolling.getDepth(), unrolling.getBreadth());
		if (tooLarge != null) {
			throw draft.problem(tooLarge);
		}
		return switch (figure.getUnrolling().getKind()) {
		case LIMIT -> LimitTrees.unroll(draft);
		case DEBATE -> DebateTrees.unroll(draft);
		case VERSIONS -> VersionChains.unroll(draft);
		case NESTED -> NestedRewardModeling.unroll(draft);
		};
	}

	private static Scene flow(SceneDraft draft) {
		Proposal proposal = draft.proposal();
		Map<Participant, AmplifiedModel> groupOf = new LinkedHashMap<>();
		for (Participant participant : proposal.getParticipants()) {
			if (participant instanceof AmplifiedModel group && draft.shows(group)) {
				groupOf.putIfAbsent(group.getHuman(), group);
				groupOf.putIfAbsent(group.getModel(), group);
			}
		}
		List<Arrow> arrows = arrowsOf(draft);
		// groups and their members first, then the participants outside any group, in the order they were declared
		for (Participant participant : proposal.getParticipants()) {
			if (participant instanceof AmplifiedModel group && draft.shows(group)) {
				draft.node(group.getName(), NodeKind.AMPLIFICATION, Labels.of(group), group.getName(), draft.element(group), null);
				for (Participant member : List.of(group.getHuman(), group.getModel())) {
					if (groupOf.get(member) == group) {
						draft.node(insideId(group, member), kindOf(member), Labels.of(member), member.getName(), draft.element(member),
								group.getName());
					}
				}
			}
		}
		for (Participant participant : proposal.getParticipants()) {
			boolean needed = arrows.stream().anyMatch(arrow -> !arrow.inside && arrow.touches(participant));
			if (!(participant instanceof AmplifiedModel) && draft.shows(participant) && (!groupOf.containsKey(participant) || needed)) {
				draft.node(participant.getName(), kindOf(participant), Labels.of(participant), participant.getName(),
						draft.element(participant), null);
			}
		}
		for (Arrow arrow : arrows) {
			String source = endpoint(draft, groupOf, arrow.source, arrow.inside);
			String target = endpoint(draft, groupOf, arrow.target, arrow.inside);
			if (source != null && target != null) {
				draft.edge(arrow.kind, source, target, arrow.label, arrow.element, arrow.bidirectional);
			}
		}
		return draft.toScene(Scene.Arrangement.FLOW);
	}

	/** An arrow between participants, before it is attached to nodes. */
	private record Arrow(EdgeKind kind, Participant source, Participant target, String label, String element,
			boolean bidirectional, boolean inside) {

		boolean touches(Participant participant) {
			return source == participant || target == participant;
		}
	}

	private static List<Arrow> arrowsOf(SceneDraft draft) {
		Proposal proposal = draft.proposal();
		List<Arrow> arrows = new ArrayList<>();
		if (draft.shows(EdgeKind.INFORMATION)) {
			for (InformationFlow flow : proposal.getFlows()) {
				String label = flow.getKind() == FlowKind.INFORMATION ? null : flow.getKind().getLiteral();
				arrows.add(new Arrow(EdgeKind.INFORMATION, flow.getSource(), flow.getTarget(), label, draft.element(flow),
						flow.isBidirectional(), true));
			}
		}
		if (draft.shows(EdgeKind.AMPLIFICATION)) {
			for (Participant participant : proposal.getParticipants()) {
				if (participant instanceof AmplifiedModel group) {
					arrows.add(new Arrow(EdgeKind.AMPLIFICATION, group.getModel(), group, null, draft.element(group), false, false));
				}
			}
		}
		List<Trainable> trained = new ArrayList<>();
		for (TrainingSignal signal : proposal.getSignals()) {
			EdgeKind kind = kindOf(signal.getKind());
			if (kind == null || !draft.shows(signal)) {
				continue;
			}
			for (Trainable trainee : signal.getTrains()) {
				if (draft.shows(EdgeKind.TRAINING) && !trained.contains(trainee)) {
					trained.add(trainee);
					// a loop on the trained model: it is updated by what trains it
					arrows.add(new Arrow(EdgeKind.TRAINING, trainee, trainee, "update", draft.element(signal), false, false));
				}
				if (draft.shows(kind) && kind != EdgeKind.TRAINING) {
					signal.getSources().forEach(source -> arrows.add(new Arrow(kind, source, trainee, null, draft.element(signal), false, false)));
				}
			}
		}
		for (Oversight oversight : proposal.getOversights()) {
			EdgeKind kind = oversight.getTools().stream().allMatch(tool -> tool == OversightTool.CROSS_EXAMINATION)
					&& !oversight.getTools().isEmpty() ? EdgeKind.CROSS_EXAMINATION : EdgeKind.OVERSIGHT;
			if (draft.shows(kind) && draft.shows(oversight)) {
				oversight.getOverseen().forEach(overseen -> arrows.add(new Arrow(kind, oversight.getOverseer(), overseen, null,
						draft.element(oversight), false, false)));
			}
		}
		return arrows;
	}

	/**
	 * The node an arrow attaches to: the group for Amp(M) itself; for a member of a group, the member inside it when
	 * information flows to it, and the participant drawn beside the group otherwise.
	 */
	private static String endpoint(SceneDraft draft, Map<Participant, AmplifiedModel> groupOf, Participant participant, boolean inside) {
		String id = inside && groupOf.containsKey(participant) ? insideId(groupOf.get(participant), participant) : participant.getName();
		return draft.hasNode(id) ? id : null;
	}

	private static String insideId(AmplifiedModel group, Participant member) {
		return group.getName() + "/" + member.getName();
	}

	/** The arrow a signal of this kind draws; debate is drawn as its tree, so no arrow. */
	static EdgeKind kindOf(SignalKind kind) {
		return switch (kind) {
		case IMITATION -> EdgeKind.IMITATION;
		case APPROVAL -> EdgeKind.APPROVAL;
		case RL_REWARD -> EdgeKind.RL;
		case REWARD_MODELING -> EdgeKind.REWARD_MODELING;
		case PREDICTION -> EdgeKind.PREDICTION;
		case TASK -> EdgeKind.TRAINING;
		case DEBATE -> null;
		};
	}

	static NodeKind kindOf(Participant participant) {
		if (participant instanceof Human human) {
			return switch (human.getRole()) {
			case USER -> NodeKind.USER;
			case JUDGE -> NodeKind.JUDGE;
			case HUMAN -> NodeKind.HUMAN;
			};
		}
		if (participant instanceof Debater debater) {
			return DebateTrees.sideOf(debater) == DebaterPosition.FIRST ? NodeKind.FIRST_DEBATER : NodeKind.SECOND_DEBATER;
		}
		return switch (participant.eClass().getClassifierID()) {
		case ProposalPackage.AGENT -> NodeKind.AGENT;
		case ProposalPackage.REWARD_MODEL -> NodeKind.REWARD_MODEL;
		case ProposalPackage.AMPLIFIED_MODEL -> NodeKind.AMPLIFICATION;
		case ProposalPackage.ENVIRONMENT -> NodeKind.ENVIRONMENT;
		case ProposalPackage.DATASET -> NodeKind.DATASET;
		case ProposalPackage.QUESTION -> NodeKind.QUESTION;
		case ProposalPackage.ANSWER -> NodeKind.ANSWER;
		default -> NodeKind.MODEL;
		};
	}
}
