package org.proposalstudio.safetycase.format;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.SafetyCase;

import com.google.gson.GsonBuilder;

/**
 * Writes a safety case in the nested export format, version "1.0", of the Turing Institute's Trustworthy and Ethical
 * Assurance (TEA) platform ({@code PROPOSAL.tea.json}): {@code version}, {@code exportedAt}, {@code case} with its
 * name and description, and the {@code tree} from the top goal down. Every element has {@code id}, {@code type},
 * {@code name}, {@code description}, {@code inSandbox}, {@code assertionStatus} and {@code children}, and only the
 * fields of its type: {@code role} on goals, {@code url} on evidence, {@code level} on property claims. A counter goal
 * is a property claim with {@code isDefeater} under the element it defeats, named by {@code defeatsElementId}.
 * <p>
 * A tree holds an element once per place it stands: an oversight mechanism two components rely on appears under both,
 * as TEA's own exports repeat shared evidence. Ids are name-based UUIDs (RFC 4122, version 5) of the path of element
 * ids from the top goal, so they survive unrelated edits and two exports of the same case are byte-identical.
 */
public final class TeaWriter {

	public static final String VERSION = "1.0";

	/** The namespace of the name-based UUIDs: itself the UUID of this URL in RFC 4122's URL namespace. */
	private static final UUID NAMESPACE = NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, "http://www.proposalstudio.org/safety-case/tea");

	private final SafetyCase safetyCase;

	private TeaWriter(SafetyCase safetyCase) {
		this.safetyCase = safetyCase;
	}

	public static String fileName(String proposal) {
		return proposal + ".tea.json";
	}

	/**
	 * The export of a case.
	 *
	 * @param exportedAt when the case was exported, written to the second; give the time the model last changed so that
	 *                   exports of the same model are the same bytes
	 */
	public static String write(SafetyCase safetyCase, Instant exportedAt) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("version", VERSION);
		document.put("exportedAt", DateTimeFormatter.ISO_INSTANT.format(exportedAt.truncatedTo(ChronoUnit.SECONDS)));
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("name", safetyCase.title());
		description.put("description", "The safety case of the proposal " + safetyCase.proposal()
				+ (safetyCase.base() != null ? ", which extends " + safetyCase.base() : "")
				+ ", written by Proposal Studio from its model: the top goal argued over the paper's four components, "
				+ "and the findings of the paper's checks as defeaters.");
		document.put("case", description);
		document.put("tree", new TeaWriter(safetyCase).node(safetyCase.top(), "", null, 0));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document) + "\n";
	}

	/**
	 * An element where it stands in the tree, with everything under it.
	 *
	 * @param parentPath the path of element ids that leads to it
	 * @param defeated   for a counter goal, the id of the element it defeats
	 * @param parentLevel the level of the nearest property claim above it, 0 if none
	 */
	private Map<String, Object> node(ArgumentElement element, String parentPath, String defeated, int parentLevel) {
		String path = parentPath + "/" + element.id();
		String type = typeOf(element);
		int level = parentLevel + 1;
		Map<String, Object> node = new LinkedHashMap<>();
		String id = NameBasedUuid.of(NAMESPACE, path).toString();
		node.put("id", id);
		node.put("type", type);
		node.put("name", element.name());
		node.put("description", element.text());
		node.put("inSandbox", false);
		node.put("assertionStatus", element.status().name());
		switch (type) {
		case "GOAL" -> node.put("role", "TOP_LEVEL");
		case "EVIDENCE" -> {
			if (element.url() != null) {
				node.put("url", element.url());
			}
		}
		case "PROPERTY_CLAIM" -> node.put("level", level);
		default -> {
			// the other types have no fields of their own
		}
		}
		if (defeated != null) {
			node.put("isDefeater", true);
			node.put("defeatsElementId", defeated);
		}
		int childLevel = type.equals("PROPERTY_CLAIM") ? level : parentLevel;
		List<Map<String, Object>> children = new ArrayList<>();
		for (String context : element.inContextOf()) {
			children.add(node(safetyCase.element(context).orElseThrow(), path, null, childLevel));
		}
		for (String supporter : element.supportedBy()) {
			children.add(node(safetyCase.element(supporter).orElseThrow(), path, null, childLevel));
		}
		for (ArgumentElement challenge : safetyCase.challengesOf(element.id())) {
			children.add(node(challenge, path, id, childLevel));
		}
		node.put("children", children);
		return node;
	}

	/** TEA's element type: the top goal is its case's GOAL; other goals and counter goals are property claims. */
	private String typeOf(ArgumentElement element) {
		if (element == safetyCase.top()) {
			return "GOAL";
		}
		return switch (element.kind()) {
		case GOAL, COUNTER_GOAL -> "PROPERTY_CLAIM";
		case STRATEGY -> "STRATEGY";
		case SOLUTION -> "EVIDENCE";
		case CONTEXT -> "CONTEXT";
		case ASSUMPTION -> "ASSUMPTION";
		case JUSTIFICATION -> "JUSTIFICATION";
		};
	}
}
