package org.proposalstudio.diagram.scene;

import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.TrainingSignal;

/**
 * Recursion over model versions (§9, the lower diagram of figure 14): each version Mᵢ is consulted inside its
 * amplification Amp(Mᵢ), which trains the next version with the proposal's recursive signal; the newest version stands
 * alone on top. For depth n: n - 1 amplifications, each a group around the human and its version, and the newest
 * version: 3n - 2 nodes.
 */
final class VersionChains {

	private VersionChains() {
	}

	static Scene unroll(SceneDraft draft) {
		AmplifiedModel amplification = amplification(draft);
		TrainingSignal recursive = recursiveSignal(draft, amplification);
		int depth = draft.figure.getUnrolling().getDepth();
		String model = amplification.getModel().getName();
		String human = Labels.of(amplification.getHuman());
		String element = draft.element(recursive);
		EdgeKind distillation = SceneBuilder.kindOf(recursive.getKind());
		String newest = model + (depth - 1);
		draft.node(newest, NodeKind.MODEL, Labels.notation(newest), newest, element, null);
		for (int version = depth - 2; version >= 0; version--) {
			String group = "Amp(" + model + version + ")";
			draft.node(group, NodeKind.AMPLIFICATION, Labels.notation(group), group, draft.element(amplification), null);
			draft.node(group + "/" + human, NodeKind.HUMAN, human, amplification.getHuman().getName(),
					draft.element(amplification.getHuman()), group);
			draft.node(model + version, NodeKind.MODEL, Labels.notation(model + version), model + version, element, group);
		}
		if (draft.shows(distillation)) {
			for (int version = 0; version < depth - 1; version++) {
				draft.edge(distillation, "Amp(" + model + version + ")", model + (version + 1), null, element, false);
			}
		}
		return draft.toScene(Scene.Arrangement.CHAIN);
	}

	/** The amplification whose model the versions are versions of. */
	static AmplifiedModel amplification(SceneDraft draft) {
		AmplifiedModel amplification = LimitTrees.amplificationOf(draft, draft.proposal().getLimit());
		if (amplification == null) {
			throw draft.problem("it unrolls model versions, but the proposal declares no amplified model");
		}
		return amplification;
	}

	/** The signal that trains a model from the amplification: the step the recursion repeats, once per version. */
	static TrainingSignal recursiveSignal(SceneDraft draft, AmplifiedModel amplification) {
		return draft.proposal().getSignals().stream()
				.filter(signal -> signal.getSources().contains(amplification) && SceneBuilder.kindOf(signal.getKind()) != null)
				.findFirst()
				.orElseThrow(() -> draft.problem("it unrolls model versions, but no signal trains a model from an amplified model"));
	}
}
