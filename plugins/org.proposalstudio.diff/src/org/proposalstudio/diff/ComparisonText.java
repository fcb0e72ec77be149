package org.proposalstudio.diff;

import java.util.List;

import org.proposalstudio.diff.ElementChange.Kind;
import org.proposalstudio.report.Diagnostic;

/**
 * A comparison as text for a terminal or a log: a line per element that differs ({@code +} added, {@code -} removed,
 * {@code ~} changed or replaced), indented lines for its properties, texts as word diffs ({@code [-old-]{+new+}} as
 * {@code git diff --word-diff} writes them, or in red and green with colour), then the diagnostics only one side gets.
 */
public final class ComparisonText {

	private static final String RED = "\u001b[31m";
	private static final String GREEN = "\u001b[32m";
	private static final String YELLOW = "\u001b[33m";
	private static final String BOLD = "\u001b[1m";
	private static final String RESET = "\u001b[0m";

	private final StringBuilder out = new StringBuilder();
	private final boolean colour;

	private ComparisonText(boolean colour) {
		this.colour = colour;
	}

	/** The comparison as lines of text; with {@code colour}, ANSI colours mark what was removed and added. */
	public static String write(ProposalComparison comparison, boolean colour) {
		return new ComparisonText(colour).text(comparison);
	}

	private String text(ProposalComparison comparison) {
		line(paint(BOLD, "--- " + comparison.older().label()));
		line(paint(BOLD, "+++ " + comparison.newer().label()));
		if (comparison.isSame()) {
			line(summary(comparison));
			return out.toString();
		}
		for (ElementChange change : comparison.changes()) {
			String marker = switch (change.kind()) {
			case ADDED -> paint(GREEN, "+");
			case REMOVED -> paint(RED, "-");
			default -> paint(YELLOW, "~");
			};
			String added = change.kind() == Kind.ADDED ? " (added)" : change.kind() == Kind.REMOVED ? " (removed)" : "";
			line(marker + " " + change.family() + " " + paint(BOLD, change.title()) + added);
			for (PropertyChange property : change.properties()) {
				line("    " + property.property() + ": " + value(change.kind(), property));
			}
		}
		if (!comparison.diagnosticsRemoved().isEmpty() || !comparison.diagnosticsAdded().isEmpty()) {
			line("~ " + paint(BOLD, "diagnostics"));
			comparison.diagnosticsRemoved().forEach(diagnostic -> line("    " + paint(RED, "- " + finding(diagnostic))));
			comparison.diagnosticsAdded().forEach(diagnostic -> line("    " + paint(GREEN, "+ " + finding(diagnostic))));
		}
		line(summary(comparison));
		return out.toString();
	}

	private String value(Kind kind, PropertyChange property) {
		if (kind == Kind.ADDED) {
			return String.join(", ", property.after());
		}
		if (kind == Kind.REMOVED) {
			return String.join(", ", property.before());
		}
		if (property.isText()) {
			StringBuilder words = new StringBuilder();
			List<WordDiff.Piece> pieces = property.words();
			for (int i = 0; i < pieces.size(); i++) {
				WordDiff.Piece piece = pieces.get(i);
				words.append(WordDiff.spaceBefore(pieces, i) ? " " : "").append(switch (piece.part()) {
				case SAME -> piece.text();
				case REMOVED -> colour ? paint(RED, piece.text()) : "[-" + piece.text() + "-]";
				case ADDED -> colour ? paint(GREEN, piece.text()) : "{+" + piece.text() + "+}";
				});
			}
			return words.toString();
		}
		if (property.before().size() <= 1 && property.after().size() <= 1) {
			String before = property.before().isEmpty() ? "(none)" : property.before().get(0);
			String after = property.after().isEmpty() ? "(none)" : property.after().get(0);
			return paint(RED, before) + " -> " + paint(GREEN, after);
		}
		StringBuilder values = new StringBuilder();
		if (!property.removed().isEmpty()) {
			values.append(paint(RED, "- " + String.join(", ", property.removed())));
		}
		if (!property.added().isEmpty()) {
			values.append(values.isEmpty() ? "" : "  ").append(paint(GREEN, "+ " + String.join(", ", property.added())));
		}
		if (values.isEmpty()) {
			// the same values in another order
			values.append(String.join(", ", property.before())).append(" -> ").append(String.join(", ", property.after()));
		}
		return values.toString();
	}

	private static String finding(Diagnostic diagnostic) {
		return diagnostic.severityWord() + " [" + diagnostic.check() + "] " + diagnostic.message() + " (" + diagnostic.location() + ")";
	}

	/** "3 elements differ; 1 diagnostic removed, 1 added", or that the two say the same. */
	public static String summary(ProposalComparison comparison) {
		if (comparison.isSame()) {
			return "The two proposals say the same, with everything they inherit, and get the same diagnostics.";
		}
		int elements = comparison.changes().size();
		return plural(elements, "element") + (elements == 1 ? " differs" : " differ") + "; " + plural(comparison.diagnosticsRemoved().size(),
				"diagnostic") + " removed, " + comparison.diagnosticsAdded().size() + " added";
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private String paint(String colourCode, String text) {
		return colour ? colourCode + text + RESET : text;
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
