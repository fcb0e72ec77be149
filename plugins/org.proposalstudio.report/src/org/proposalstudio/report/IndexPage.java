package org.proposalstudio.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.proposalstudio.checks.Components;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.Stance;

/**
 * {@code index.html}: the comparison matrix, one row per proposal and a column per component, each cell the stance of
 * the proposal's argument linked to it on the proposal's page; then the diagnostics that belong to no proposal.
 */
public final class IndexPage {

	static final String TITLE = "Proposals for building safe advanced AI";

	private IndexPage() {
	}

	public static String write(Contents contents) {
		Html html = Html.page(TITLE + " — Proposal Studio report", Report.STYLESHEET);
		html.open("header", "class", "page");
		html.element("p", "Proposal Studio report", "class", "kicker");
		html.element("h1", TITLE);
		html.open("p", "class", "intro");
		html.text(count(contents.proposals().size(), "proposal") + ", each judged on the four components of Evan Hubinger's ");
		html.element("cite", "An overview of 11 proposals for building safe advanced AI");
		html.text(" (2020): outer alignment, inner alignment, training competitiveness and performance competitiveness. "
				+ "Each cell gives the stance of the proposal's argument for a component and links to the argument; "
				+ "\u201cmissing\u201d marks a component the proposal does not argue. "
				+ "The last column counts the proposal's diagnostics: what its argument leaves out, by the paper's checks.");
		html.close("p");
		html.close("header");
		html.open("main");
		matrix(html, contents);
		legend(html);
		others(html, contents);
		html.close("main");
		return html.finish();
	}

	private static void matrix(Html html, Contents contents) {
		html.open("table", "class", "matrix");
		html.element("caption", "The comparison matrix");
		html.open("thead");
		html.open("tr");
		html.element("th", "Proposal", "scope", "col");
		html.element("th", "§", "scope", "col", "title", "the section of the paper");
		html.element("th", "Extends", "scope", "col");
		for (Component component : Component.VALUES) {
			html.element("th", capitalized(Components.title(component)), "scope", "col", "class", "component");
		}
		html.element("th", "Diagnostics", "scope", "col");
		html.close("tr");
		html.close("thead");
		html.open("tbody");
		if (contents.proposals().isEmpty()) {
			html.open("tr");
			html.element("td", "No proposals: every file given has errors, or none declares a proposal.", "colspan", "8", "class",
					"empty");
			html.close("tr");
		}
		for (ReportedProposal proposal : contents.proposals()) {
			row(html, contents, proposal);
		}
		html.close("tbody");
		html.close("table");
	}

	private static void row(Html html, Contents contents, ReportedProposal proposal) {
		html.open("tr", "id", "row-" + Names.safe(proposal.page().replace(".html", "")));
		html.open("th", "scope", "row", "class", "proposal");
		html.link(proposal.page(), proposal.title());
		html.text(" ");
		html.open("span", "class", "name");
		html.element("code", proposal.declared().getName());
		html.close("span");
		html.close("th");
		String section = proposal.effective().proposal().getSection();
		html.element("td", section == null ? "" : section, "class", "section");
		html.open("td", "class", "extends");
		extendsLink(html, contents, proposal.declared().getExtends(), "");
		html.close("td");
		for (Component component : Component.VALUES) {
			stanceCell(html, proposal, component);
		}
		html.open("td", "class", "diagnostic-counts");
		diagnosticCounts(html, proposal, proposal.page() + "#" + ReportedProposal.DIAGNOSTICS);
		html.close("td");
		html.close("tr");
	}

	private static void stanceCell(Html html, ReportedProposal proposal, Component component) {
		Optional<ComponentArgument> argument = proposal.argument(component);
		String href = proposal.page() + "#" + ReportedProposal.anchor(component);
		String description = Components.title(component) + " of " + proposal.title();
		if (argument.isEmpty()) {
			html.open("td", "class", "stance missing");
			html.link(href, "\u26a0 missing", "title", "no argument for " + description);
			html.close("td");
			return;
		}
		Stance stance = argument.get().getStance();
		html.open("td", "class", "stance " + stance.getLiteral());
		html.link(href, stance.getLiteral(), "title", description + ": " + stance.getLiteral());
		if (proposal.effective().isInherited(argument.get())) {
			html.text(" ");
			html.element("span", "inherited", "class", "inherited");
		}
		html.close("td");
	}

	/** "2 errors, 1 warning" linked to the diagnostics, or "none". */
	static void diagnosticCounts(Html html, ReportedProposal proposal, String href) {
		List<String> counts = new ArrayList<>();
		int errors = proposal.count(Severity.ERROR);
		int warnings = proposal.count(Severity.WARNING);
		int infos = proposal.count(Severity.INFO);
		if (errors + warnings + infos == 0) {
			html.link(href, "none", "class", "count none");
			return;
		}
		html.open("a", "href", href, "class", "count");
		for (Object[] count : new Object[][] { { errors, "error" }, { warnings, "warning" }, { infos, "info" } }) {
			if ((int) count[0] > 0) {
				if (!counts.isEmpty()) {
					html.text(", ");
				}
				String text = count((int) count[0], (String) count[1]);
				counts.add(text);
				html.element("span", text, "class", "severity " + count[1]);
			}
		}
		html.close("a");
	}

	/** The proposal extended: a link to its page when the report has one, else its name. */
	static void extendsLink(Html html, Contents contents, Proposal extended, String pagePrefix) {
		if (extended == null) {
			return;
		}
		Optional<ReportedProposal> page = contents.find(extended);
		if (page.isPresent()) {
			html.link(pagePrefix + page.get().page(), page.get().title());
		} else {
			html.element("code", extended.getName());
		}
	}

	private static void legend(Html html) {
		html.open("dl", "class", "legend");
		for (Stance stance : Stance.VALUES) {
			html.open("dt");
			html.element("span", stance.getLiteral(), "class", "stance-badge " + stance.getLiteral());
			html.close("dt");
			html.element("dd", switch (stance) {
			case PROMISING -> "the argument expects the component to hold";
			case UNCERTAIN -> "the argument leaves the question open";
			case CONCERNING -> "the argument expects trouble";
			});
		}
		html.open("dt");
		html.element("span", "\u26a0 missing", "class", "stance-badge missing");
		html.close("dt");
		html.element("dd", "the proposal has no argument for the component");
		html.open("dt");
		html.element("span", "inherited", "class", "inherited");
		html.close("dt");
		html.element("dd", "the argument is the one of the proposal it extends");
		html.close("dl");
	}

	private static void others(Html html, Contents contents) {
		if (contents.otherDiagnostics().isEmpty() && contents.skippedFiles().isEmpty()) {
			return;
		}
		html.open("section", "id", "other-diagnostics");
		html.element("h2", "Diagnostics outside the proposals");
		if (!contents.skippedFiles().isEmpty()) {
			html.open("p", "class", "warning-note");
			html.text("Left out of the matrix because of syntax or linking errors: ");
			for (int i = 0; i < contents.skippedFiles().size(); i++) {
				html.text(i == 0 ? "" : ", ");
				html.element("code", contents.skippedFiles().get(i));
			}
			html.text(". Their errors are listed below.");
			html.close("p");
		}
		DiagnosticsTable.write(html, contents.otherDiagnostics());
		html.close("section");
	}

	static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
