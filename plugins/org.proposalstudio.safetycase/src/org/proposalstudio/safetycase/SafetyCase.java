package org.proposalstudio.safetycase;

import java.util.List;
import java.util.Optional;

/**
 * The safety case of one proposal: a GSN argument that the proposal builds advanced AI that is safe and competitive,
 * argued over the paper's four components, with the findings of the checks as challenges. Built by
 * {@link SafetyCases#of}; the writers of {@code org.proposalstudio.safetycase.format} and the diagram read only this.
 *
 * @param proposal the proposal's name
 * @param title    the proposal's title, or its name
 * @param base     the name of the proposal it extends, or {@code null}
 * @param elements the top goal first, then every other element once, in a fixed order: the same proposal always gives
 *                 the same list
 */
public record SafetyCase(String proposal, String title, String base, List<ArgumentElement> elements) {

	/** The paper, where its sections and reference numbers can be read. */
	public static final String PAPER_URL = "https://arxiv.org/abs/2012.07532";

	public SafetyCase {
		elements = List.copyOf(elements);
		if (elements.isEmpty() || elements.get(0).kind() != ElementKind.GOAL) {
			throw new IllegalArgumentException("a safety case starts with its top goal");
		}
	}

	/** The top goal: the proposal builds advanced AI that is safe and competitive. */
	public ArgumentElement top() {
		return elements.get(0);
	}

	public Optional<ArgumentElement> element(String id) {
		return elements.stream().filter(element -> element.id().equals(id)).findFirst();
	}

	/** The counter goals that challenge the element, in order. */
	public List<ArgumentElement> challengesOf(String id) {
		return elements.stream().filter(element -> id.equals(element.challenges())).toList();
	}

	/** The counter goals: one per finding of the checks. */
	public List<ArgumentElement> challenges() {
		return elements.stream().filter(element -> element.kind() == ElementKind.COUNTER_GOAL).toList();
	}
}
