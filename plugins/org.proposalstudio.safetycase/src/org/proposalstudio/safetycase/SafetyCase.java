package org.proposalstudio.safetycase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The safety case of one proposal: a GSN argument that the proposal builds advanced AI that is safe and competitive,
 * argued over the paper's four components, with the findings of the checks as challenges. Built by
 * {@link SafetyCases#of}; the writers of {@code org.proposalstudio.safetycase.format} and the diagram read only this.
 * Its elements are indexed by id, so that readers walk it in time proportional to its size.
 */
public final class SafetyCase {

	/** The paper, where its sections and reference numbers can be read. */
	public static final String PAPER_URL = "https://arxiv.org/abs/2012.07532";

	private final String proposal;
	private final String title;
	private final String base;
	private final List<ArgumentElement> elements;
	private final Map<String, ArgumentElement> byId = new HashMap<>();
	private final Map<String, List<ArgumentElement>> challengesById = new HashMap<>();

	/**
	 * @param proposal the proposal's name
	 * @param title    the proposal's title, or its name
	 * @param base     the name of the proposal it extends, or {@code null}
	 * @param elements the top goal first, then every other element once, in a fixed order: the same proposal always
	 *                 gives the same list
	 */
	public SafetyCase(String proposal, String title, String base, List<ArgumentElement> elements) {
		this.proposal = proposal;
		this.title = title;
		this.base = base;
		this.elements = List.copyOf(elements);
		if (elements.isEmpty() || elements.get(0).kind() != ElementKind.GOAL) {
			throw new IllegalArgumentException("a safety case starts with its top goal");
		}
		for (ArgumentElement element : elements) {
			if (byId.putIfAbsent(element.id(), element) != null) {
				throw new IllegalArgumentException("two elements of a safety case have the id " + element.id());
			}
			if (element.challenges() != null) {
				challengesById.computeIfAbsent(element.challenges(), id -> new ArrayList<>()).add(element);
			}
		}
	}

	public String proposal() {
		return proposal;
	}

	public String title() {
		return title;
	}

	public String base() {
		return base;
	}

	public List<ArgumentElement> elements() {
		return elements;
	}

	/** The top goal: the proposal builds advanced AI that is safe and competitive. */
	public ArgumentElement top() {
		return elements.get(0);
	}

	public Optional<ArgumentElement> element(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The counter goals that challenge the element, in order. */
	public List<ArgumentElement> challengesOf(String id) {
		return challengesById.getOrDefault(id, List.of());
	}

	/** The counter goals: one per finding of the checks. */
	public List<ArgumentElement> challenges() {
		return elements.stream().filter(element -> element.kind() == ElementKind.COUNTER_GOAL).toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SafetyCase that && proposal.equals(that.proposal) && title.equals(that.title)
				&& Objects.equals(base, that.base) && elements.equals(that.elements);
	}

	@Override
	public int hashCode() {
		return Objects.hash(proposal, title, base, elements);
	}

	@Override
	public String toString() {
		return "SafetyCase[" + proposal + ", " + elements.size() + " elements]";
	}
}
