package org.proposalstudio.diagram.scene;

import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.TrainingSignal;

/**
 * Recursive reward modeling as 'Scalable agent alignment via reward modeling' draws it (§9, the upper diagram of figure
 * 14): the newest agent in the largest circle, trained by reward modeling on its user's feedback; the user is helped by
 * the agent of the next circle inside, which is trained the same way, down to the oldest agent, whose user has no help.
 * In the proposal's terms each user is the human of the amplification, consulting the version below. For depth n: n
 * circles, each holding its version of the model and its user: 3n nodes.
 */
final class NestedRewardModeling {

	private NestedRewardModeling() {
	}

	static Scene unroll(SceneDraft draft) {
		AmplifiedModel amplification = VersionChains.amplification(draft);
		TrainingSignal recursive = VersionChains.recursiveSignal(draft, amplification);
		int depth = draft.figure.getUnrolling().getDepth();
		String model = amplification.getModel().getName();
		String human = Labels.of(amplification.getHuman());
		String element = draft.element(recursive);
		EdgeKind distillation = SceneBuilder.kindOf(recursive.getKind());
		String outer = null;
		for (int version = depth - 1; version >= 0; version--) {
			String circle = "circle" + version;
			String agent = model + version;
			String user = circle + "/" + human;
			draft.node(circle, NodeKind.AMPLIFICATION, "training " + Labels.notation(agent), "training " + agent, element, outer);
			draft.node(agent, NodeKind.MODEL, Labels.notation(agent), agent, element, circle);
			draft.node(user, NodeKind.HUMAN, human, amplification.getHuman().getName(), draft.element(amplification.getHuman()), circle);
			if (draft.shows(distillation)) {
				draft.edge(distillation, user, agent, null, element, false);
			}
			// the helping version is the agent of the circle inside, which the next turn adds
			if (version > 0 && draft.shows(EdgeKind.INFORMATION)) {
				draft.edge(EdgeKind.INFORMATION, model + (version - 1), user, "helps", draft.element(amplification), false);
			}
			outer = circle;
		}
		return draft.toScene(Scene.Arrangement.FLOW);
	}
}
