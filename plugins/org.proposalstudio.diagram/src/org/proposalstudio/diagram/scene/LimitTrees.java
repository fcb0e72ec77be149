package org.proposalstudio.diagram.scene;

import java.util.ArrayList;
import java.util.List;

import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.LimitKind;
import org.proposalstudio.model.proposal.Model;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.TheoreticalLimit;

/**
 * The limit trees of amplification, unrolled to the figure's depth and breadth, the newest model on top (§3.1 figure
 * 5, §5.1 figure 10, §9.1 figure 16).
 * <ul>
 * <li>HCH: a human consults {@code breadth} humans, each of whom does the same, {@code depth} levels down:
 * 1 + b + ... + b^depth nodes.</li>
 * <li>The approval and reward-modeling trees: a human consults {@code breadth} copies of M; each M maximizes the
 * approval of (or the reward modeled from) a human consulting M′, and so on for {@code depth} model generations:
 * humans 1 + b + ... + b^(depth-1), models b + ... + b^depth.</li>
 * </ul>
 */
final class LimitTrees {

	private LimitTrees() {
	}

	static Scene unroll(SceneDraft draft) {
		TheoreticalLimit limit = draft.proposal().getLimit();
		if (limit == null) {
			throw draft.problem("it unrolls the limit, but the proposal declares none");
		}
		LimitKind kind = limit.getKind() == LimitKind.ANNEALED && limit.getTowards() != null ? limit.getTowards() : limit.getKind();
		int depth = draft.figure.getUnrolling().getDepth();
		int breadth = Math.max(1, draft.figure.getUnrolling().getBreadth());
		String element = draft.element(limit);
		String human = humanLabel(draft, limit);
		switch (kind) {
		case HCH -> humans(draft, element, human, "n", 0, depth, breadth);
		case APPROVAL_TREE -> alternating(draft, element, human, generations(draft, limit, depth), EdgeKind.APPROVAL, "n", 0, depth,
				breadth);
		case REWARD_MODELING_TREE -> alternating(draft, element, human, generations(draft, limit, depth), EdgeKind.REWARD_MODELING,
				"n", 0, depth, breadth);
		default -> throw draft.problem("it unrolls the limit, but '" + kind.getLiteral()
				+ "' is not a tree; HCH, approval-tree and reward-modeling-tree are");
		}
		return draft.toScene(Scene.Arrangement.TREE);
	}

	private static void humans(SceneDraft draft, String element, String label, String id, int level, int depth, int breadth) {
		draft.node(id, NodeKind.HUMAN, label, label, element, null);
		if (level == depth) {
			return;
		}
		for (int child = 0; child < breadth; child++) {
			String childId = id + "." + child;
			humans(draft, element, label, childId, level + 1, depth, breadth);
			if (draft.shows(EdgeKind.INFORMATION)) {
				draft.edge(EdgeKind.INFORMATION, id, childId, null, element, true);
			}
		}
	}

	/** A human consulting {@code breadth} models of generation {@code age}, each serving a human one generation down. */
	private static void alternating(SceneDraft draft, String element, String human, List<Generation> generations,
			EdgeKind distillation, String id, int age, int depth, int breadth) {
		draft.node(id, NodeKind.HUMAN, human, human, element, null);
		Generation models = generations.get(age);
		for (int child = 0; child < breadth; child++) {
			String modelId = id + "." + child;
			draft.node(modelId, NodeKind.MODEL, models.label(), models.participant(), models.element(), null);
			if (draft.shows(EdgeKind.INFORMATION)) {
				draft.edge(EdgeKind.INFORMATION, id, modelId, null, element, true);
			}
			if (age + 1 < depth) {
				String servedId = modelId + ".0";
				alternating(draft, element, human, generations, distillation, servedId, age + 1, depth, breadth);
				if (draft.shows(distillation)) {
					draft.edge(distillation, modelId, servedId, null, element, false);
				}
			}
		}
	}

	private static String humanLabel(SceneDraft draft, TheoreticalLimit limit) {
		AmplifiedModel amplification = amplificationOf(draft, limit);
		return amplification != null ? Labels.of(amplification.getHuman()) : "H";
	}

	/** The models of one generation of a tree: M, M′, M″, ... as drawn, and the model the proposal declares for it. */
	private record Generation(String label, String participant, String element) {
	}

	/**
	 * The {@code depth} generations of a tree, the amplification's model first, each older than the one before. Where
	 * the proposal declares a version ({@code model M' earlier version of M}), its nodes stand for it, so that a click on
	 * one finds its declaration; otherwise they stand for the limit.
	 */
	private static List<Generation> generations(SceneDraft draft, TheoreticalLimit limit, int depth) {
		AmplifiedModel amplification = amplificationOf(draft, limit);
		String name = amplification != null ? amplification.getModel().getName() : "M";
		Model version = amplification != null ? amplification.getModel() : null;
		List<Generation> generations = new ArrayList<>();
		for (int age = 0; age < depth; age++) {
			String label = Labels.version(name, age);
			generations.add(version == null ? new Generation(label, label, draft.element(limit))
					: new Generation(label, version.getName(), draft.element(version)));
			version = version == null ? null : earlierVersionOf(draft, version);
		}
		return generations;
	}

	private static Model earlierVersionOf(SceneDraft draft, Model newer) {
		return draft.proposal().getParticipants().stream().filter(Model.class::isInstance).map(Model.class::cast)
				.filter(model -> model.getEarlierVersionOf() == newer).findFirst().orElse(null);
	}

	/** The amplification the limit names, or else the proposal's first. */
	static AmplifiedModel amplificationOf(SceneDraft draft, TheoreticalLimit limit) {
		if (limit != null && limit.getAmplification() != null) {
			return limit.getAmplification();
		}
		for (Participant participant : draft.proposal().getParticipants()) {
			if (participant instanceof AmplifiedModel amplification) {
				return amplification;
			}
		}
		return null;
	}
}
