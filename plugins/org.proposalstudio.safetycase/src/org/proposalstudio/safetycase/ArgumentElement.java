package org.proposalstudio.safetycase;

import java.util.List;

/**
 * An element of a safety case.
 *
 * @param id          stable: derived from the names of the proposal and of the model element, never from positions
 * @param kind        what it is in GSN
 * @param name        a short title, e.g. "Inner alignment: uncertain"
 * @param text        what it states, whole
 * @param supportedBy the ids of the goals, strategies and solutions that support it, in order
 * @param inContextOf the ids of its contexts, assumptions and justifications, in order
 * @param challenges  for a counter goal, the id of the element it challenges; otherwise {@code null}
 * @param undeveloped whether it is a goal that nothing supports yet
 * @param status      how it is put forward
 * @param url         where to read more, or {@code null}
 * @param source      the model element it stands for, as {@code Proposal.element} names it in diagrams, or
 *                    {@code null}
 * @param objection   for a counter goal, the finding it comes from; otherwise {@code null}
 */
public record ArgumentElement(String id, ElementKind kind, String name, String text, List<String> supportedBy,
		List<String> inContextOf, String challenges, boolean undeveloped, AssertionStatus status, String url, String source,
		Objection objection) {

	public ArgumentElement {
		supportedBy = List.copyOf(supportedBy);
		inContextOf = List.copyOf(inContextOf);
	}
}
