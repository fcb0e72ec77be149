package org.proposalstudio.diagram.scene;

import java.util.ArrayDeque;
import java.util.Deque;
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
		arguments(draft, first, second, game, copiesByMove, nodeOfCopy, "q", depth, breadth);
		oversightBetweenCopies(draft, nodeOfCopy);
		judge(draft, game);
		return draft.toScene(Scene.Arrangement.TREE);
	}

	/**
	 * The arguments below the question, depth-first as a recursion would add them, but with a stack of its own: a
	 * debate of breadth 1 is a path as deep as the figure says, deeper than a thread's stack.
	 */
	private static void arguments(SceneDraft draft, Debater first, Debater second, String game, Map<Integer, Debater> copiesByMove,
			Map<Debater, String> nodeOfCopy, String root, int depth, int breadth) {
		/* the children of parent, one move deeper, not all added yet */
		record Visit(String parent, boolean leftmostPath, int move, int[] nextChild) {
		}
		Deque<Visit> path = new ArrayDeque<>();
		path.push(new Visit(root, true, 1, new int[1]));
		while (!path.isEmpty()) {
			Visit visit = path.peek();
			if (visit.move() > depth || visit.nextChild()[0] == breadth) {
				path.pop();
				continue;
			}
			int move = visit.move();
			int child = visit.nextChild()[0]++;
			boolean firstMoves = move % 2 == 1;
			Debater debater = firstMoves ? first : second;
			String id = visit.parent() + "." + child;
			boolean leftmost = visit.leftmostPath() && child == 0;
			Debater copy = leftmost ? copiesByMove.get(move) : null;
			if (copy != null) {
				nodeOfCopy.put(copy, id);
			}
			draft.node(id, firstMoves ? NodeKind.FIRST_DEBATER : NodeKind.SECOND_DEBATER,
					copy != null ? Labels.of(copy) : Labels.notation(debater.getName() + ((move + 1) / 2)),
					copy != null ? copy.getName() : debater.getName(), copy != null ? draft.element(copy) : game, null);
			EdgeKind argument = firstMoves ? EdgeKind.FIRST_DEBATER_ARGUMENT : EdgeKind.SECOND_DEBATER_ARGUMENT;
			if (draft.shows(argument)) {
				draft.edge(argument, visit.parent(), id, null, game, false);
			}
			path.push(new Visit(id, leftmost, move + 1, new int[1]));
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
