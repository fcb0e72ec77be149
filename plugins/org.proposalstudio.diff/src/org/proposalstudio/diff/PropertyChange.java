package org.proposalstudio.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A property of an element whose values differ between the two proposals, e.g. an oversight's {@code conditions}.
 *
 * @param property the property as prose, e.g. "conditions", "relies on"
 * @param before   its values in the old proposal (none when unset or the element is new)
 * @param after    its values in the new proposal (none when unset or the element is gone)
 * @param words    for a text, such as an argument's, its word diff; empty for other properties
 */
public record PropertyChange(String property, List<String> before, List<String> after, List<WordDiff.Piece> words) {

	public PropertyChange {
		before = List.copyOf(before);
		after = List.copyOf(after);
		words = List.copyOf(words);
	}

	/** Whether the property is a text, shown as a word diff. */
	public boolean isText() {
		return !words.isEmpty();
	}

	/** The values the new proposal has and the old one does not, counted with multiplicity. */
	public List<String> added() {
		return minus(after, before);
	}

	/** The values the old proposal has and the new one does not. */
	public List<String> removed() {
		return minus(before, after);
	}

	private static List<String> minus(List<String> values, List<String> taken) {
		List<String> rest = new ArrayList<>(values);
		taken.forEach(rest::remove);
		return rest;
	}
}
