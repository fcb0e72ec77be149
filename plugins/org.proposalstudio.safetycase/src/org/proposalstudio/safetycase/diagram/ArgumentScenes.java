package org.proposalstudio.safetycase.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.proposalstudio.diagram.scene.EdgeKind;
import org.proposalstudio.diagram.scene.NodeKind;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneNode;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.AssertionStatus;
import org.proposalstudio.safetycase.SafetyCase;

/**
 * A safety case as a scene of the diagram engine, in the standard GSN notation: a node per element, arrows for
 * supported-by, in-context-of and challenges. The engine lays it out and draws it like any figure.
 */
public final class ArgumentScenes {

	/** The figure name of a safety case's diagram: files are called {@code PROPOSAL-safety-case.svg}. */
	public static final String FIGURE = "safety-case";

	private ArgumentScenes() {
	}

	public static Scene sceneOf(SafetyCase safetyCase) {
		Set<String> contexts = new HashSet<>();
		safetyCase.elements().forEach(element -> contexts.addAll(element.inContextOf()));
		Map<String, SceneNode> nodes = new LinkedHashMap<>();
		List<SceneEdge> edges = new ArrayList<>();
		for (ArgumentElement element : safetyCase.elements()) {
			if (!contexts.contains(element.id())) {
				nodes.put(element.id(), node(element, element.id()));
			}
			element.supportedBy().forEach(supporter -> edges.add(edge(edges, EdgeKind.SUPPORTED_BY, element.id(), supporter, element)));
			for (String context : element.inContextOf()) {
				// a context several elements share is drawn beside each of them, as GSN diagrams repeat it
				String id = nodes.containsKey(context) ? context + "@" + element.id() : context;
				nodes.put(id, node(safetyCase.element(context).orElseThrow(), id));
				edges.add(edge(edges, EdgeKind.IN_CONTEXT_OF, element.id(), id, element));
			}
			if (element.challenges() != null) {
				edges.add(edge(edges, EdgeKind.CHALLENGES, element.id(), element.challenges(), element));
			}
		}
		String caption = "The safety case of " + safetyCase.proposal() + " in the Goal Structuring Notation: the top goal, argued over the "
				+ "four components of the paper, with what each relies on, and the findings of the checks as challenges (red).";
		return new Scene(safetyCase.proposal(), FIGURE, "Safety case: " + safetyCase.title(), caption, List.of(), Scene.Arrangement.ARGUMENT,
				List.copyOf(nodes.values()), edges);
	}

	private static SceneNode node(ArgumentElement element, String id) {
		return new SceneNode(id, kindOf(element), element.name(), null, element.source(), null, element.text(), element.undeveloped(),
				element.status() == AssertionStatus.DEFEATED);
	}

	private static SceneEdge edge(List<SceneEdge> edges, EdgeKind kind, String source, String target, ArgumentElement element) {
		return new SceneEdge("e" + (edges.size() + 1), kind, source, target, null, element.source(), false, false);
	}

	private static NodeKind kindOf(ArgumentElement element) {
		return switch (element.kind()) {
		case GOAL -> NodeKind.GOAL;
		case STRATEGY -> NodeKind.STRATEGY;
		case SOLUTION -> NodeKind.SOLUTION;
		case CONTEXT -> NodeKind.CONTEXT;
		case ASSUMPTION -> NodeKind.ASSUMPTION;
		case JUSTIFICATION -> NodeKind.JUSTIFICATION;
		case COUNTER_GOAL -> NodeKind.COUNTER_GOAL;
		};
	}
}
