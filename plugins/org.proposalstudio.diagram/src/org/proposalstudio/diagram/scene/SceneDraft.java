package org.proposalstudio.diagram.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.RelationKind;

/**
 * A scene being built for one figure of an effective proposal: what the figure selects, and the nodes and edges
 * gathered so far, in the order they were added.
 */
final class SceneDraft {

	final EffectiveProposal effective;
	final Figure figure;
	private final Map<String, SceneNode> nodes = new LinkedHashMap<>();
	private final List<SceneEdge> edges = new ArrayList<>();

	SceneDraft(EffectiveProposal effective, Figure figure) {
		this.effective = effective;
		this.figure = figure;
	}

	Proposal proposal() {
		return effective.proposal();
	}

	/** Whether the figure shows arrows of this kind: those its 'arrows' names, or all. */
	boolean shows(EdgeKind kind) {
		Set<RelationKind> selected = Set.copyOf(figure.getRelations());
		return selected.isEmpty() || selected.contains(kind.relation());
	}

	/** Whether the figure shows the arrows of this mechanism: those its 'with' names, or all. */
	boolean shows(Mechanism mechanism) {
		return figure.getMechanisms().isEmpty() || figure.getMechanisms().contains(mechanism);
	}

	/** Whether the figure shows this participant: those its 'shows' names, or all. */
	boolean shows(Participant participant) {
		return figure.getParticipants().isEmpty() || figure.getParticipants().contains(participant);
	}

	/** Adds a node unless one with the same id is there; returns the id. */
	String node(String id, NodeKind kind, String label, String participant, String element, String parent) {
		nodes.putIfAbsent(id, new SceneNode(id, kind, label, participant, element, parent));
		return id;
	}

	boolean hasNode(String id) {
		return nodes.containsKey(id);
	}

	void edge(EdgeKind kind, String source, String target, String label, String element, boolean bidirectional) {
		edges.add(new SceneEdge("e" + (edges.size() + 1), kind, source, target, label, element, bidirectional, false));
	}

	/** An arrow drawn over the layout, between nodes that the layout places for other reasons. */
	void overlayEdge(EdgeKind kind, String source, String target, String element) {
		edges.add(new SceneEdge("e" + (edges.size() + 1), kind, source, target, null, element, false, true));
	}

	int nodeCount() {
		return nodes.size();
	}

	/** The model element a node or an edge comes from, as {@link SceneElements} names it: {@code Proposal.name}. */
	String element(EObject copy) {
		EObject origin = effective.origin(copy);
		return origin == null ? effective.declared().getName() : SceneElements.referenceOf(origin);
	}

	DiagramException problem(String message) {
		return new DiagramException("Figure '" + figure.getName() + "' of '" + effective.declared().getName() + "': " + message,
				effective.origin(figure.getUnrolling() != null ? figure.getUnrolling() : figure));
	}

	Scene toScene(Scene.Arrangement arrangement) {
		return new Scene(effective.declared().getName(), figure.getName(), figure.getTitle() != null ? figure.getTitle() : figure.getName(),
				figure.getDescription() != null ? figure.getDescription() : "", figure.getPaperFigures(), arrangement,
				List.copyOf(nodes.values()), edges);
	}
}
