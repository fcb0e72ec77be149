package org.proposalstudio.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.proposalstudio.report.Diagnostic;

/** A comparison as a tree of maps and lists, in a fixed order, for a JSON writer. */
public final class ComparisonJson {

	private ComparisonJson() {
	}

	public static Map<String, Object> of(ProposalComparison comparison) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("old", side(comparison.older()));
		document.put("new", side(comparison.newer()));
		document.put("same", comparison.isSame());
		document.put("changes", comparison.changes().stream().map(ComparisonJson::change).toList());
		Map<String, Object> diagnostics = new LinkedHashMap<>();
		diagnostics.put("removed", comparison.diagnosticsRemoved().stream().map(ComparisonJson::diagnostic).toList());
		diagnostics.put("added", comparison.diagnosticsAdded().stream().map(ComparisonJson::diagnostic).toList());
		document.put("diagnostics", diagnostics);
		document.put("figures", comparison.figures().stream().map(pair -> {
			Map<String, Object> figure = new LinkedHashMap<>();
			figure.put("old", pair.older() == null ? null : pair.older().getName());
			figure.put("new", pair.newer() == null ? null : pair.newer().getName());
			figure.put("changed", pair.changed());
			return figure;
		}).toList());
		document.put("summary", ComparisonText.summary(comparison));
		return document;
	}

	private static Map<String, Object> side(Side side) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("label", side.label());
		json.put("proposal", side.proposal().getName());
		json.put("title", side.proposal().getTitle());
		return json;
	}

	private static Map<String, Object> change(ElementChange change) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("family", change.family());
		json.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
		json.put("old", change.oldName());
		json.put("new", change.newName());
		json.put("properties", change.properties().stream().map(ComparisonJson::property).toList());
		return json;
	}

	private static Map<String, Object> property(PropertyChange property) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("property", property.property());
		json.put("before", property.before());
		json.put("after", property.after());
		json.put("removed", property.removed());
		json.put("added", property.added());
		if (property.isText()) {
			json.put("words", property.words().stream().map(piece -> {
				Map<String, Object> word = new LinkedHashMap<>();
				word.put("part", piece.part().name().toLowerCase(Locale.ROOT));
				word.put("text", piece.text());
				return word;
			}).toList());
		}
		return json;
	}

	private static Map<String, Object> diagnostic(Diagnostic diagnostic) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", diagnostic.file());
		json.put("line", diagnostic.line());
		json.put("column", diagnostic.column());
		json.put("severity", diagnostic.severityWord());
		json.put("check", diagnostic.check());
		json.put("message", diagnostic.message());
		return json;
	}
}
