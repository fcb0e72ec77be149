package org.proposalstudio.diagram.scene;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		LimitKind kind = treeKind(limit);
		int depth = draft.figure.getUnrolling().getDepth();
		int breadth = Math.max(1, draft.figure.getUnrolling().getBreadth());
		String element = draft.element(limit);
		String human = humanLabel(draft, limit);
		switch (kind) {
		case HCH -> humans(draft, element, human, "n", depth, breadth);
		case APPROVAL_TREE -> alternating(draft, element, human, generations(draft, limit, depth), EdgeKind.APPROVAL, "n", depth,
				breadth);
		case REWARD_MODELING_TREE -> alternating(draft, element, human, generations(draft, limit, depth), EdgeKind.REWARD_MODELING,
				"n", depth, breadth);
		default -> throw draft.problem("it unrolls the limit, but '" + kind.getLiteral()
				+ "' is not a tree; HCH, approval-tree and reward-modeling-tree are");
		}
		return draft.toScene(Scene.Arrangement.TREE);
	}

	/** The kind of tree a limit unrolls to: an annealed limit's is the one it anneals towards. */
	static LimitKind treeKind(TheoreticalLimit limit) {
		return limit.getKind() == LimitKind.ANNEALED && limit.getTowards() != null ? limit.getTowards() : limit.getKind();
	}

	/*
	 * The trees are built with a stack of their own rather than by recursion: a tree of breadth 1 is a path as deep as
	 * the figure says, deeper than a thread's stack. Nodes and edges are added in the order a depth-first walk meets
	 * them, which the layout's tie-breaks depend on.
	 */

	/** A human consulting {@code breadth} humans, each doing the same, {@code depth} levels down. */
	private static void humans(SceneDraft draft, String element, String label, String root, int depth, int breadth) {
		record Visit(String id, int level, int[] nextChild) {
		}
		Deque<Visit> path = new ArrayDeque<>();
		draft.node(root, NodeKind.HUMAN, label, label, element, null);
		path.push(new Visit(root, 0, new int[1]));
		while (!path.isEmpty()) {
			Visit visit = path.peek();
			if (visit.level() == depth || visit.nextChild()[0] == breadth) {
				path.pop();
				if (!path.isEmpty() && draft.shows(EdgeKind.INFORMATION)) {
					draft.edge(EdgeKind.INFORMATION, path.peek().id(), visit.id(), null, element, true);
				}
				continue;
			}
			String childId = visit.id() + "." + visit.nextChild()[0]++;
			draft.node(childId, NodeKind.HUMAN, label, label, element, null);
			path.push(new Visit(childId, visit.level() + 1, new int[1]));
		}
	}

	/**
	 * A human consulting {@code breadth} models of generation {@code age}, each serving a human one generation down,
	 * from the newest generation at the root to the oldest.
	 */
	private static void alternating(SceneDraft draft, String element, String human, List<Generation> generations,
			EdgeKind distillation, String root, int depth, int breadth) {
		/* a human of generation age, and the model it serves (null at the root) */
		record Visit(String id, int age, String servedModel, int[] nextChild) {
		}
		Deque<Visit> path = new ArrayDeque<>();
		draft.node(root, NodeKind.HUMAN, human, human, element, null);
		path.push(new Visit(root, 0, null, new int[1]));
		while (!path.isEmpty()) {
			Visit visit = path.peek();
			if (visit.nextChild()[0] == breadth) {
				path.pop();
				if (visit.servedModel() != null && draft.shows(distillation)) {
					draft.edge(distillation, visit.servedModel(), visit.id(), null, element, false);
				}
				continue;
			}
			Generation models = generations.get(visit.age());
			String modelId = visit.id() + "." + visit.nextChild()[0]++;
			draft.node(modelId, NodeKind.MODEL, models.label(), models.participant(), models.element(), null);
			if (draft.shows(EdgeKind.INFORMATION)) {
				draft.edge(EdgeKind.INFORMATION, visit.id(), modelId, null, element, true);
			}
			if (visit.age() + 1 < depth) {
				String servedId = modelId + ".0";
				draft.node(servedId, NodeKind.HUMAN, human, human, element, null);
				path.push(new Visit(servedId, visit.age() + 1, modelId, new int[1]));
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
		Map<Model, Model> earlierVersions = new HashMap<>();
		for (Participant participant : draft.proposal().getParticipants()) {
			if (participant instanceof Model earlier && earlier.getEarlierVersionOf() != null) {
				earlierVersions.putIfAbsent(earlier.getEarlierVersionOf(), earlier);
			}
		}
		List<Generation> generations = new ArrayList<>();
		for (int age = 0; age < depth; age++) {
			String label = Labels.version(name, age);
			generations.add(version == null ? new Generation(label, label, draft.element(limit))
					: new Generation(label, version.getName(), draft.element(version)));
			version = version == null ? null : earlierVersions.get(version);
		}
		return generations;
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
