package org.proposalstudio.safetycase.format;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.AssertionStatus;
import org.proposalstudio.safetycase.SafetyCase;

/**
 * Writes a safety case as a gsn2x module ({@code PROPOSAL.gsn.yaml}): the module's {@code name} and {@code brief}, the
 * module of the proposal it extends under {@code uses}, then each element keyed by its id, with its {@code nodeType}
 * always written, {@code text}, {@code inContextOf}, {@code supportedBy}, {@code undeveloped}, {@code challenges},
 * {@code defeated} and {@code url} where they apply. Strings are double-quoted, so no text can change the structure,
 * and the same case always gives the same bytes.
 */
public final class Gsn2xWriter {

	/** The width, in characters, at which gsn2x wraps the text of elements. */
	static final int CHAR_WRAP = 50;

	/** Keys and list items that YAML reads as plain strings without quotes. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

	private Gsn2xWriter() {
	}

	/** The file a proposal's module is written to, which the modules of proposals extending it name under {@code uses}. */
	public static String fileName(String proposal) {
		return proposal + ".gsn.yaml";
	}

	public static String write(SafetyCase safetyCase) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# The safety case of the proposal ").append(safetyCase.proposal()).append(", written by Proposal Studio.\n");
		yaml.append("# Render it with gsn2x: gsn2x ").append(fileName(safetyCase.proposal())).append('\n');
		yaml.append("module:\n");
		yaml.append("  name: ").append(scalar(safetyCase.proposal())).append('\n');
		yaml.append("  brief: ").append(scalar("Safety case: " + safetyCase.title())).append('\n');
		if (safetyCase.base() != null) {
			yaml.append("  uses: [").append(scalar(fileName(safetyCase.base()))).append("]\n");
		}
		yaml.append("  charWrap: ").append(CHAR_WRAP).append('\n');
		for (ArgumentElement element : safetyCase.elements()) {
			yaml.append('\n').append(scalar(element.id())).append(":\n");
			yaml.append("  nodeType: ").append(element.kind().gsnName()).append('\n');
			yaml.append("  text: ").append(scalar(element.text())).append('\n');
			list(yaml, "inContextOf", element.inContextOf());
			list(yaml, "supportedBy", element.supportedBy());
			if (element.undeveloped()) {
				yaml.append("  undeveloped: true\n");
			}
			if (element.challenges() != null) {
				yaml.append("  challenges: ").append(scalar(element.challenges())).append('\n');
			}
			if (element.status() == AssertionStatus.DEFEATED) {
				yaml.append("  defeated: true\n");
			}
			if (element.url() != null) {
				yaml.append("  url: ").append(scalar(element.url())).append('\n');
			}
		}
		return yaml.toString();
	}

	private static void list(StringBuilder yaml, String key, List<String> ids) {
		if (!ids.isEmpty()) {
			yaml.append("  ").append(key).append(": [");
			for (int i = 0; i < ids.size(); i++) {
				yaml.append(i == 0 ? "" : ", ").append(scalar(ids.get(i)));
			}
			yaml.append("]\n");
		}
	}

	/**
	 * A string as YAML reads it back unchanged: plain when it is a simple identifier, else double-quoted with
	 * backslash escapes for quotes, backslashes, line breaks and every other control character.
	 */
	static String scalar(String text) {
		if (PLAIN.matcher(text).matches() && !List.of("true", "false", "null", "yes", "no", "on", "off").contains(text.toLowerCase(Locale.ROOT))) {
			return text;
		}
		StringBuilder quoted = new StringBuilder("\"");
		text.codePoints().forEach(c -> {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
						|| Character.getType(c) == Character.SURROGATE) {
					quoted.append(String.format("\\u%04X", c));
				} else {
					quoted.appendCodePoint(c);
				}
			}
			}
		});
		return quoted.append('"').toString();
	}
}
