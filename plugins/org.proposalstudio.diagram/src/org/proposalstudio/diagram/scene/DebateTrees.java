package org.proposalstudio.diagram.scene;

import java.util.HashMap;
import java.util.Map;

import org.proposalstudio.model.proposal.Debater;
import org.proposalstudio.model.proposal.DebaterPosition;
import org.proposalstudio.model.proposal.Human;
import org.proposalstudio.model.proposal.HumanRole;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.OversightTool;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Question;
import org.proposalstudio.model.proposal.SignalKind;
import org.proposalstudio.model.proposal.Trainable;

/**
 * The tree of possible debate arguments (§10, figures 17-19): the question at the root, the first debater's arguments
 * on odd levels and the second debater's on even ones, {@code breadth} possible arguments each, {@code depth} moves
 * deep: 1 + b + ... + b^depth nodes, and the judge beside it. The debater copies a proposal names by move (Alice1 at
 * move 1, Bob2 at move 4) stand on the leftmost path, so that cross-examination and transparency-tool oversight
 * between them (figures 18, 19) connect the moves they name.
 */
final class DebateTrees {

	private DebateTrees() {
	}

	static Scene unroll(SceneDraft draft) {
		Debater first = debater(draft, DebaterPosition.FIRST);
		Debater second = debater(draft, DebaterPosition.SECOND);
		if (first == null || second == null) {
			throw draft.problem("it unrolls a debate, but the proposal does not declare a first and a second debater");
		}
		int depth = draft.figure.getUnrolling().getDepth();
		int breadth = Math.max(1, draft.figure.getUnrolling().getBreadth());
		String game = draft.proposal().getSignals().stream().filter(signal -> signal.getKind() == SignalKind.DEBATE).findFirst()
				.map(draft::element).orElse(draft.element(first));
		Map<Integer, Debater> copiesByMove = new HashMap<>();
		draft.proposal().getParticipants().stream().filter(Debater.class::isInstance).map(Debater.class::cast)
				.filter(debater -> debater.getMove() > 0 && draft.shows(debater)).forEach(copy -> copiesByMove.putIfAbsent(copy.getMove(), copy));
		Map<Debater, String> nodeOfCopy = new HashMap<>();
		Question question = draft.proposal().getParticipants().stream().filter(Question.class::isInstance).map(Question.class::cast)
				.findFirst().orElse(null);
		draft.node("q", NodeKind.QUESTION, question != null ? Labels.of(question) : "Q", question != null ? question.getName() : "Q",
				question != null ? draft.element(question) : game, null);
		arguments(draft, first, second, game, copiesByMove, nodeOfCopy, "q", true, 1, depth, breadth);
		oversightBetweenCopies(draft, nodeOfCopy);
		judge(draft, game);
		return draft.toScene(Scene.Arrangement.TREE);
	}

	private static void arguments(SceneDraft draft, Debater first, Debater second, String game, Map<Integer, Debater> copiesByMove,
			Map<Debater, String> nodeOfCopy, String parent, boolean leftmostPath, int move, int depth, int breadth) {
		if (move > depth) {
			return;
		}
		boolean firstMoves = move % 2 == 1;
		Debater debater = firstMoves ? first : second;
		String label = Labels.notation(debater.getName() + ((move + 1) / 2));
		for (int child = 0; child < breadth; child++) {
			String id = parent + "." + child;
			boolean leftmost = leftmostPath && child == 0;
			Debater copy = leftmost ? copiesByMove.get(move) : null;
			if (copy != null) {
				nodeOfCopy.put(copy, id);
			}
			draft.node(id, firstMoves ? NodeKind.FIRST_DEBATER : NodeKind.SECOND_DEBATER, copy != null ? Labels.of(copy) : label,
					copy != null ? copy.getName() : debater.getName(), copy != null ? draft.element(copy) : game, null);
			EdgeKind argument = firstMoves ? EdgeKind.FIRST_DEBATER_ARGUMENT : EdgeKind.SECOND_DEBATER_ARGUMENT;
			if (draft.shows(argument)) {
				draft.edge(argument, parent, id, null, game, false);
			}
			arguments(draft, first, second, game, copiesByMove, nodeOfCopy, id, leftmost, move + 1, depth, breadth);
		}
	}

	private static void oversightBetweenCopies(SceneDraft draft, Map<Debater, String> nodeOfCopy) {
		for (Oversight oversight : draft.proposal().getOversights()) {
			EdgeKind kind = !oversight.getTools().isEmpty()
					&& oversight.getTools().stream().allMatch(tool -> tool == OversightTool.CROSS_EXAMINATION)
							? EdgeKind.CROSS_EXAMINATION
							: EdgeKind.OVERSIGHT;
			String overseer = nodeOfCopy.get(oversight.getOverseer());
			if (overseer == null || !draft.shows(kind) || !draft.shows(oversight)) {
				continue;
			}
			for (Trainable overseen : oversight.getOverseen()) {
				String target = nodeOfCopy.get(overseen);
				if (target != null) {
					draft.overlayEdge(kind, overseer, target, draft.element(oversight));
				}
			}
		}
	}

	/** The judge stands beside the tree and is shown the debate. */
	private static void judge(SceneDraft draft, String game) {
		for (Participant participant : draft.proposal().getParticipants()) {
			if (participant instanceof Human human && human.getRole() == HumanRole.JUDGE && draft.shows(human)) {
				draft.node(human.getName(), NodeKind.JUDGE, Labels.of(human), human.getName(), draft.element(human), null);
				if (draft.shows(EdgeKind.INFORMATION)) {
					draft.edge(EdgeKind.INFORMATION, "q", human.getName(), "the debate", game, false);
				}
			}
		}
	}

	/** The debater who argues on this side and is not a move copy; the first debater is the one the debate trains. */
	private static Debater debater(SceneDraft draft, DebaterPosition side) {
		for (Participant participant : draft.proposal().getParticipants()) {
			if (participant instanceof Debater debater && debater.getMove() == 0 && sideOf(debater) == side) {
				return debater;
			}
		}
		return null;
	}

	/**
	 * The side a debater argues: a move copy's side follows from its move (the first debater moves first), a debater's
	 * from its declared position.
	 */
	static DebaterPosition sideOf(Debater debater) {
		if (debater.getMove() > 0) {
			return debater.getMove() % 2 == 1 ? DebaterPosition.FIRST : DebaterPosition.SECOND;
		}
		return debater.getPosition();
	}
}
