package org.proposalstudio.report;

import java.util.List;

/** A table of diagnostics: severity, check, message, the paper's sections the check cites, file:line:column. */
public final class DiagnosticsTable {

	private DiagnosticsTable() {
	}

	public static void write(Html html, List<Diagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			html.element("p", "No diagnostics.", "class", "no-diagnostics");
			return;
		}
		html.open("table", "class", "diagnostics");
		html.open("thead");
		html.open("tr");
		for (String heading : List.of("Severity", "Check", "Message", "Paper", "Where")) {
			html.element("th", heading, "scope", "col");
		}
		html.close("tr");
		html.close("thead");
		html.open("tbody");
		for (Diagnostic diagnostic : diagnostics) {
			html.open("tr", "class", diagnostic.severityWord());
			html.open("td", "class", "severity");
			html.element("span", diagnostic.severityWord(), "class", "severity-badge " + diagnostic.severityWord());
			html.close("td");
			html.open("td", "class", "check");
			html.element("code", diagnostic.check());
			html.close("td");
			html.element("td", diagnostic.message(), "class", "message");
			html.element("td", diagnostic.citedSections(), "class", "sections");
			html.open("td", "class", "location");
			html.element("code", diagnostic.location());
			html.close("td");
			html.close("tr");
		}
		html.close("tbody");
		html.close("table");
	}
}
