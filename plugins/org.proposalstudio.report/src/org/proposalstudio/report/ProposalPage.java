package org.proposalstudio.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.proposalstudio.checks.Components;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.DrawingBudget;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.TheoreticalLimit;
import org.proposalstudio.model.proposal.TrainingSignal;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.AssertionStatus;
import org.proposalstudio.safetycase.Objection;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.SafetyCases;
import org.proposalstudio.safetycase.diagram.ArgumentScenes;

/**
 * The page of one proposal: its title, section, citations and what it extends; its figures drawn inline; its four
 * arguments (or that one is missing), inherited ones marked with where they come from; its safety case in GSN; its
 * diagnostics with the sections of the paper they cite.
 */
public final class ProposalPage {

	private ProposalPage() {
	}

	/**
	 * The page; figures that cannot be drawn, or that no longer fit in the run's {@code budget}, are shown as a message
	 * and added to {@code problems}.
	 */
	public static String write(Contents contents, ReportedProposal proposal, List<Report.Problem> problems, DrawingBudget budget) {
		Html html = Html.page(proposal.title() + " — Proposal Studio report", Report.STYLESHEET);
		html.open("nav", "class", "top");
		html.link(Report.INDEX, "\u2190 All proposals");
		html.close("nav");
		header(html, contents, proposal);
		html.open("main");
		figures(html, contents, proposal, problems, budget);
		arguments(html, contents, proposal);
		safetyCase(html, proposal, problems, budget);
		html.open("section", "id", ReportedProposal.DIAGNOSTICS);
		html.element("h2", "Diagnostics");
		DiagnosticsTable.write(html, proposal.diagnostics());
		html.close("section");
		html.close("main");
		return html.finish();
	}

	private static void header(Html html, Contents contents, ReportedProposal proposal) {
		Proposal declared = proposal.declared();
		html.open("header", "class", "page");
		html.element("h1", proposal.title());
		html.open("dl", "class", "facts");
		fact(html, "Name");
		html.open("dd");
		html.element("code", declared.getName());
		html.close("dd");
		String section = proposal.effective().proposal().getSection();
		if (section != null) {
			fact(html, "Section");
			html.element("dd", "§" + section + " of the paper");
		}
		if (!declared.getCitations().isEmpty()) {
			fact(html, "Cites");
			html.element("dd", citations(declared.getCitations()));
		}
		if (declared.getExtends() != null) {
			fact(html, "Extends");
			html.open("dd");
			IndexPage.extendsLink(html, contents, declared.getExtends(), "");
			html.close("dd");
		}
		fact(html, "File");
		html.open("dd");
		html.element("code", proposal.file());
		html.close("dd");
		html.close("dl");
		paragraphs(html, declared.getDescription(), "description");
		html.open("nav", "class", "contents");
		html.open("ul");
		html.open("li");
		html.link("#" + ReportedProposal.FIGURES, "Figures (" + proposal.effective().proposal().getFigures().size() + ")");
		html.close("li");
		for (Component component : Component.VALUES) {
			html.open("li");
			html.open("a", "href", "#" + ReportedProposal.anchor(component));
			html.text(IndexPage.capitalized(Components.title(component)) + ": ");
			stanceBadge(html, proposal.argument(component));
			html.close("a");
			html.close("li");
		}
		html.open("li");
		html.link("#" + ReportedProposal.SAFETY_CASE, "Safety case");
		html.close("li");
		html.open("li");
		html.open("a", "href", "#" + ReportedProposal.DIAGNOSTICS);
		html.text("Diagnostics: ");
		html.close("a");
		IndexPage.diagnosticCounts(html, proposal, "#" + ReportedProposal.DIAGNOSTICS);
		html.close("li");
		html.close("ul");
		html.close("nav");
		html.close("header");
	}

	private static void fact(Html html, String name) {
		html.element("dt", name);
	}

	private static void figures(Html html, Contents contents, ReportedProposal proposal, List<Report.Problem> problems,
			DrawingBudget budget) {
		html.open("section", "id", ReportedProposal.FIGURES);
		html.element("h2", "Figures");
		List<Figure> figures = proposal.effective().proposal().getFigures();
		if (figures.isEmpty()) {
			html.element("p", "The proposal declares no figures.", "class", "empty");
		}
		Names ids = new Names(ReportedProposal.FIGURES, ReportedProposal.ARGUMENTS, ReportedProposal.SAFETY_CASE,
				ReportedProposal.DIAGNOSTICS);
		for (Figure figure : figures) {
			String id = ids.unique("figure-" + figure.getName());
			html.open("figure", "id", id);
			InlineFigures.write(html, proposal.effective(), figure, id + "-", budget).ifPresent(e -> {
				EObject element = e.element() != null ? e.element() : proposal.effective().origin(figure);
				problems.add(new Report.Problem(proposal.declared(), element, e.getMessage()));
			});
			html.open("figcaption");
			html.element("span", figure.getTitle() != null ? figure.getTitle() : figure.getName(), "class", "figure-title");
			if (!figure.getPaperFigures().isEmpty()) {
				html.text(" ");
				html.element("span", "(" + (figure.getPaperFigures().size() == 1 ? "figure " : "figures ")
						+ figure.getPaperFigures().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of the paper)",
						"class", "paper-figures");
			}
			inheritedFrom(html, contents, proposal, figure);
			paragraphs(html, figure.getDescription(), "caption");
			html.close("figcaption");
			html.close("figure");
		}
		html.close("section");
	}

	private static void arguments(Html html, Contents contents, ReportedProposal proposal) {
		html.open("section", "id", ReportedProposal.ARGUMENTS);
		html.element("h2", "The four components");
		for (Component component : Component.VALUES) {
			Optional<ComponentArgument> found = proposal.argument(component);
			html.open("article", "id", ReportedProposal.anchor(component), "class",
					"argument " + found.map(argument -> argument.getStance().getLiteral()).orElse("missing"));
			html.open("h3");
			html.text(IndexPage.capitalized(Components.title(component)) + " ");
			stanceBadge(html, found);
			html.close("h3");
			html.element("p", "The question: " + Components.question(component), "class", "question");
			if (found.isEmpty()) {
				html.element("p", "The proposal has no argument for " + Components.title(component) + ".", "class", "missing-note");
				html.close("article");
				continue;
			}
			ComponentArgument argument = found.get();
			html.open("p", "class", "argument-facts");
			List<Runnable> facts = new ArrayList<>();
			if (argument.getSection() != null) {
				facts.add(() -> html.text("§" + argument.getSection()));
			}
			if (!argument.getCitations().isEmpty()) {
				facts.add(() -> html.text("cites " + citations(argument.getCitations())));
			}
			if (!argument.getReliesOn().isEmpty()) {
				facts.add(() -> {
					html.text("relies on ");
					for (int i = 0; i < argument.getReliesOn().size(); i++) {
						Mechanism mechanism = argument.getReliesOn().get(i);
						html.text(i == 0 ? "" : ", ");
						html.element("code", mechanism.getName());
						html.text(" (" + kindOf(mechanism) + ")");
					}
				});
			}
			for (int i = 0; i < facts.size(); i++) {
				if (i > 0) {
					html.element("span", " · ", "class", "separator");
				}
				facts.get(i).run();
			}
			html.close("p");
			if (proposal.effective().isInherited(argument)) {
				html.open("p", "class", "inherited-note");
				inheritedFrom(html, contents, proposal, argument);
				html.close("p");
			}
			paragraphs(html, argument.getText(), "text");
			html.close("article");
		}
		html.close("section");
	}

	/**
	 * The proposal's argument as a GSN safety case: its diagram, and what it leaves to be done: the goals nothing
	 * supports yet, and the elements that the checks' findings challenge.
	 */
	private static void safetyCase(Html html, ReportedProposal proposal, List<Report.Problem> problems, DrawingBudget budget) {
		List<Objection> objections = proposal.diagnostics().stream()
				.flatMap(diagnostic -> Objection.of(diagnostic.check(), diagnostic.severity(), diagnostic.message(), diagnostic.data()).stream())
				.toList();
		SafetyCase safetyCase = SafetyCases.of(proposal.effective(), objections);
		html.open("section", "id", ReportedProposal.SAFETY_CASE);
		html.element("h2", "Safety case");
		html.element("p", "The argument as a safety case in the Goal Structuring Notation: the top goal, argued over the four components, "
				+ "each supported by the mechanisms it relies on; a goal with a diamond is undeveloped, and each finding of the checks is a "
				+ "challenge (red) that crosses out what it defeats. 'proposal-studio export-safety-case' writes it for gsn2x, TEA and SACM tools.",
				"class", "safety-case-note");
		html.open("div", "class", "safety-case-drawing");
		try {
			html.markup(InlineFigures.svg(ArgumentScenes.sceneOf(safetyCase), ReportedProposal.SAFETY_CASE + "-", budget));
		} catch (DiagramException e) {
			problems.add(new Report.Problem(proposal.declared(), e.element(), "The safety case of '" + proposal.declared().getName()
					+ "' cannot be drawn: " + e.getMessage()));
			html.open("div", "class", "figure-error", "role", "note");
			html.element("strong", "The safety case cannot be drawn: ");
			html.text(e.getMessage());
			html.close("div");
		}
		html.close("div");
		List<String> undeveloped = safetyCase.elements().stream().filter(ArgumentElement::undeveloped).map(ArgumentElement::name).toList();
		List<String> defeated = safetyCase.elements().stream().filter(element -> element.status() == AssertionStatus.DEFEATED)
				.map(ArgumentElement::name).toList();
		html.open("ul", "class", "safety-case-summary");
		html.element("li", undeveloped.isEmpty() ? "Every goal is developed." : "Undeveloped: " + String.join(", ", undeveloped) + ".");
		html.element("li", safetyCase.challenges().size() + (safetyCase.challenges().size() == 1 ? " challenge" : " challenges")
				+ (defeated.isEmpty() ? "." : "; defeated: " + String.join(", ", defeated) + "."));
		html.close("ul");
		html.close("section");
	}

	/** "inherited from X", linked to X's page when the report has it; nothing for the proposal's own elements. */
	private static void inheritedFrom(Html html, Contents contents, ReportedProposal proposal, EObject element) {
		if (!proposal.effective().isInherited(element)) {
			return;
		}
		Proposal declaring = proposal.effective().declaringProposal(element);
		html.text(" ");
		html.open("span", "class", "inherited");
		html.text("inherited from ");
		Optional<ReportedProposal> page = contents.find(declaring);
		if (page.isPresent()) {
			html.link(page.get().page(), page.get().title());
		} else {
			html.element("code", declaring.getName());
		}
		html.close("span");
	}

	private static void stanceBadge(Html html, Optional<ComponentArgument> argument) {
		if (argument.isEmpty()) {
			html.element("span", "\u26a0 missing", "class", "stance-badge missing");
		} else {
			String stance = argument.get().getStance().getLiteral();
			html.element("span", stance, "class", "stance-badge " + stance);
		}
	}

	/** Text as paragraphs: a blank line starts a new one; line breaks within one are kept, without their indentation. */
	static void paragraphs(Html html, String text, String cssClass) {
		if (text == null || text.isBlank()) {
			return;
		}
		html.open("div", "class", cssClass);
		for (String paragraph : text.strip().split("\\R[ \\t]*\\R\\s*")) {
			html.open("p");
			String[] lines = paragraph.split("\\R");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.empty("br");
				}
				html.text(lines[i].strip());
			}
			html.close("p");
		}
		html.close("div");
	}

	private static String citations(List<Integer> numbers) {
		return numbers.stream().map(number -> "[" + number + "]").collect(Collectors.joining(" "));
	}

	private static String kindOf(Mechanism mechanism) {
		if (mechanism instanceof TrainingSignal) {
			return "signal";
		}
		if (mechanism instanceof Oversight) {
			return "oversight";
		}
		if (mechanism instanceof TheoreticalLimit) {
			return "limit";
		}
		return "mechanism";
	}
}
