package org.proposalstudio.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.proposalstudio.diagram.scene.DrawingBudget;
import org.proposalstudio.diff.ElementChange.Kind;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.report.DiagnosticsTable;
import org.proposalstudio.report.Html;
import org.proposalstudio.report.InlineFigures;
import org.proposalstudio.report.Names;
import org.proposalstudio.report.Stylesheet;

/**
 * A comparison as one HTML file that opens from disk: what differs, element by element, with word diffs of the texts;
 * the diagnostics only one side gets; and the figures of both proposals side by side, drawn by the diagram engine as
 * the report draws them. It uses the report's style sheet, inline, and runs no script.
 */
public final class ComparisonPage {

	private static final String CSS = """
			.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
			.side { border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; }
			.side.old { border-top: 4px solid var(--concerning-border); }
			.side.new { border-top: 4px solid var(--promising-border); }
			.side .which { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; }
			.summary { font-weight: bold; margin-top: 14px; }
			article.change { border: 1px solid var(--border); border-left: 6px solid var(--uncertain-border); border-radius: 6px;
			  padding: 10px 16px 4px; margin: 0 0 14px; }
			article.change.added { border-left-color: var(--promising-border); }
			article.change.removed { border-left-color: var(--concerning-border); }
			.kind-badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 0.8rem; font-weight: bold;
			  border: 1px solid var(--border); background: var(--subtle); }
			table.properties { table-layout: fixed; }
			table.properties thead th:first-child { width: 10em; }
			table.properties th[scope=row] { font-weight: normal; color: var(--muted); }
			del { background: var(--concerning-bg); color: var(--concerning); text-decoration: line-through; margin-right: 0.2em; }
			ins { background: var(--promising-bg); color: var(--promising); text-decoration: none; font-weight: bold; }
			.values .removed { color: var(--concerning); }
			.values .added { color: var(--promising); font-weight: bold; }
			.none { color: var(--muted); font-style: italic; }
			.figure-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-bottom: 22px; }
			.figure-pair figure { margin: 0; }
			.figure-pair .absent { border: 1px dashed var(--border); border-radius: 6px; padding: 22px; color: var(--muted); }
			.figure-pair.changed figure { border-color: var(--uncertain-border); }
			@media (max-width: 760px) { .sides, .figure-pair { grid-template-columns: 1fr; } }
			""";

	private final Html html;
	private final ProposalComparison comparison;
	private final Names ids = new Names("changes", "diagnostics", "figures");
	/** What the page may draw: two proposals' figures, each within the limits of one run. */
	private final DrawingBudget budget = new DrawingBudget();

	private ComparisonPage(ProposalComparison comparison) {
		this.comparison = comparison;
		this.html = Html.standalonePage("Comparison of " + name(comparison.older()) + " and " + name(comparison.newer())
				+ " — Proposal Studio", Stylesheet.css() + CSS);
	}

	/** The page; a figure that cannot be drawn is a note in its place. */
	public static String write(ProposalComparison comparison) {
		return new ComparisonPage(comparison).page();
	}

	private String page() {
		html.open("header", "class", "page");
		html.element("p", "Proposal Studio comparison", "class", "kicker");
		html.element("h1", name(comparison.older()) + " \u2192 " + name(comparison.newer()));
		html.open("div", "class", "sides");
		side(comparison.older(), "old");
		side(comparison.newer(), "new");
		html.close("div");
		html.element("p", ComparisonText.summary(comparison), "class", "summary");
		html.close("header");
		html.open("main");
		changes();
		diagnostics();
		figures();
		html.close("main");
		return html.finish();
	}

	private void side(Side side, String which) {
		html.open("div", "class", "side " + which);
		html.element("div", which.equals("old") ? "Old" : "New", "class", "which");
		html.element("strong", name(side));
		html.open("div");
		html.element("code", side.label());
		html.close("div");
		html.close("div");
	}

	private void changes() {
		html.open("section", "id", "changes");
		html.element("h2", "What differs");
		if (comparison.changes().isEmpty()) {
			html.element("p", "Every element is the same.", "class", "empty");
		}
		for (ElementChange change : comparison.changes()) {
			String kind = change.kind().name().toLowerCase(Locale.ROOT);
			html.open("article", "class", "change " + kind, "id", ids.unique(change.family() + "-" + change.title()));
			html.open("h3");
			html.text(capitalized(change.family()) + " ");
			html.element("code", change.title());
			html.element("span", kind, "class", "kind-badge " + kind);
			html.close("h3");
			if (!change.properties().isEmpty()) {
				properties(change);
			}
			html.close("article");
		}
		html.close("section");
	}

	private void properties(ElementChange change) {
		html.open("table", "class", "properties");
		html.open("thead");
		html.open("tr");
		html.element("th", "", "scope", "col");
		html.element("th", "Old", "scope", "col");
		html.element("th", "New", "scope", "col");
		html.close("tr");
		html.close("thead");
		html.open("tbody");
		for (PropertyChange property : change.properties()) {
			html.open("tr");
			html.element("th", property.property(), "scope", "row");
			if (property.isText() && change.kind() != Kind.ADDED && change.kind() != Kind.REMOVED) {
				html.open("td", "class", "words", "colspan", "2");
				List<WordDiff.Piece> pieces = property.words();
				for (int i = 0; i < pieces.size(); i++) {
					WordDiff.Piece piece = pieces.get(i);
					html.text(WordDiff.spaceBefore(pieces, i) ? " " : "");
					switch (piece.part()) {
					case SAME -> html.text(piece.text());
					case REMOVED -> html.element("del", piece.text());
					case ADDED -> html.element("ins", piece.text());
					}
				}
				html.close("td");
			} else {
				values(property.before(), property.removed(), "removed");
				values(property.after(), property.added(), "added");
			}
			html.close("tr");
		}
		html.close("tbody");
		html.close("table");
	}

	/** A cell of values, those only this side has marked. */
	private void values(List<String> values, List<String> marked, String cssClass) {
		html.open("td", "class", "values");
		if (values.isEmpty()) {
			html.element("span", "none", "class", "none");
		}
		List<String> toMark = new ArrayList<>(marked);
		for (int i = 0; i < values.size(); i++) {
			html.text(i == 0 ? "" : ", ");
			String value = values.get(i);
			if (toMark.remove(value)) {
				html.element("span", value, "class", cssClass);
			} else {
				html.text(value);
			}
		}
		html.close("td");
	}

	private void diagnostics() {
		html.open("section", "id", "diagnostics");
		html.element("h2", "Diagnostics");
		html.element("h3", "Only the old proposal gets");
		DiagnosticsTable.write(html, comparison.diagnosticsRemoved());
		html.element("h3", "Only the new proposal gets");
		DiagnosticsTable.write(html, comparison.diagnosticsAdded());
		html.close("section");
	}

	private void figures() {
		html.open("section", "id", "figures");
		html.element("h2", "Figures, old and new");
		if (comparison.figures().isEmpty()) {
			html.element("p", "Neither proposal declares a figure.", "class", "empty");
		}
		for (ProposalComparison.FigurePair pair : comparison.figures()) {
			html.open("div", "class", "figure-pair" + (pair.changed() ? " changed" : ""));
			figure(comparison.older(), pair.older(), "old");
			figure(comparison.newer(), pair.newer(), "new");
			html.close("div");
		}
		html.close("section");
	}

	private void figure(Side side, Figure figure, String which) {
		if (figure == null) {
			html.element("div", "The " + which + " proposal has no such figure.", "class", "absent");
			return;
		}
		String id = ids.unique(which + "-figure-" + figure.getName());
		html.open("figure", "id", id);
		InlineFigures.write(html, side.effective(), figure, id + "-", budget);
		html.open("figcaption");
		html.element("span", figure.getTitle() != null ? figure.getTitle() : figure.getName(), "class", "figure-title");
		html.text(" ");
		html.element("code", figure.getName());
		html.close("figcaption");
		html.close("figure");
	}

	private static String name(Side side) {
		return side.proposal().getTitle() != null ? side.proposal().getTitle() : side.proposal().getName();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
