package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.diagram.scene.DrawingBudget;
import org.proposalstudio.report.Contents;
import org.proposalstudio.report.ProposalPage;
import org.proposalstudio.report.Report;
import org.proposalstudio.report.ReportWriter;
import org.proposalstudio.report.ReportedProposal;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A proposal's page: its facts, figures, four arguments (inherited ones marked) and diagnostics with the paper's sections. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalPageTest {

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	private Document page(String name) {
		Contents contents = Contents.of(Projects.fromTexts(injector, temp, Map.of("base.proposal", SmallProject.BASE, "more/extended.proposal",
				SmallProject.EXTENDED, "incomplete.proposal", SmallProject.INCOMPLETE)));
		ReportedProposal proposal = contents.proposals().stream().filter(each -> each.declared().getName().equals(name)).findFirst().orElseThrow();
		List<Report.Problem> problems = new ArrayList<>();
		Document page = Site.parse(proposal.page(), ProposalPage.write(contents, proposal, problems, new DrawingBudget()));
		assertEquals(List.of(), problems);
		return page;
	}

	private static Element byId(Document page, String id) {
		return Site.elements(page, "*").stream().filter(element -> element.getAttribute("id").equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no #" + id));
	}

	private static List<String> texts(Element parent, String tag) {
		return Site.elements(parent.getOwnerDocument(), tag).stream().filter(element -> isInside(element, parent)).map(Site::text).toList();
	}

	private static boolean isInside(Element element, Element parent) {
		for (var node = element.getParentNode(); node != null; node = node.getParentNode()) {
			if (node == parent) {
				return true;
			}
		}
		return false;
	}

	@Test
	void theHeaderStatesSectionCitationsAndFile() {
		Document page = page("Base");
		assertEquals("Base & <friends>", Site.text(Site.elements(page, "h1").get(0)));
		String facts = Site.text(Site.elements(page, "dl").get(0));
		assertEquals("Name Base Section §3 of the paper Cites [17] [18] File base.proposal", facts);
		assertEquals("← All proposals", Site.text(Site.elements(page, "nav").get(0)));
	}

	@Test
	void anExtendingProposalLinksToWhatItExtends() {
		Document page = page("Extended");
		String facts = Site.text(Site.elements(page, "dl").get(0));
		assertEquals("Name Extended Section §4 of the paper Extends Base & <friends> File more/extended.proposal", facts);
		assertTrue(Site.elements(page, "a").stream().anyMatch(a -> a.getAttribute("href").equals("Base.html") && Site.text(a).equals("Base & <friends>")));
	}

	@Test
	void theFourArgumentsWithStanceSectionCitationsAndMechanisms() {
		Element outer = byId(page("Base"), "outer-alignment");
		assertEquals(List.of("Outer alignment promising"), texts(outer, "h3"));
		assertTrue(Site.text(outer).contains("§3.1 · cites [17] · relies on hch (limit)"), Site.text(outer));
		Element inner = byId(page("Base"), "inner-alignment");
		assertTrue(Site.text(inner).contains("§3.2 · relies on check (oversight)"), Site.text(inner));
		assertEquals(List.of("The overseer checks <b>myopia</b> & more."), texts(inner, "p").subList(2, 3));
		assertEquals("argument uncertain", inner.getAttribute("class"));
	}

	@Test
	void multiLineTextKeepsItsParagraphsAndLinesWithoutTheIndentation() {
		Element outer = byId(page("Base"), "outer-alignment");
		Element text = Site.elements(outer.getOwnerDocument(), "div").stream()
				.filter(div -> div.getAttribute("class").equals("text") && isInside(div, outer)).findFirst().orElseThrow();
		List<Element> paragraphs = Site.elements(text.getOwnerDocument(), "p").stream().filter(p -> p.getParentNode() == text).toList();
		assertEquals(2, paragraphs.size());
		assertEquals("Imitation converges to HCH.", paragraphs.get(0).getTextContent());
		assertEquals("So outer alignment is HCH's.A second line of the same paragraph.", paragraphs.get(1).getTextContent());
		assertEquals(1, Site.elements(text.getOwnerDocument(), "br").stream().filter(br -> br.getParentNode() == paragraphs.get(1)).count());
	}

	@Test
	void inheritedArgumentsSayWhereTheyComeFrom() {
		Document page = page("Extended");
		assertTrue(Site.text(byId(page, "outer-alignment")).contains("inherited from Base & <friends>"));
		assertTrue(!Site.text(byId(page, "inner-alignment")).contains("inherited"), "its own argument");
		assertTrue(Site.text(byId(page, "inner-alignment")).contains("relies on rat (oversight)"));
		assertTrue(Site.text(byId(page, "figure-operator")).contains("inherited from Base & <friends>"));
	}

	@Test
	void aMissingArgumentIsSaidInWordsAtItsAnchor() {
		Document page = page("Incomplete");
		for (String component : List.of("inner-alignment", "training-competitiveness", "performance-competitiveness")) {
			Element argument = byId(page, component);
			assertEquals("argument missing", argument.getAttribute("class"));
			assertTrue(Site.text(argument).contains("⚠ missing"), Site.text(argument));
			assertTrue(Site.text(argument).contains("The proposal has no argument for "), Site.text(argument));
		}
		assertEquals("The proposal declares no figures.", Site.text(byId(page, "figures")).replace("Figures ", ""));
	}

	@Test
	void diagnosticsListTheSectionsOfThePaperTheyCite() {
		Element diagnostics = byId(page("Incomplete"), "diagnostics");
		List<Element> rows = Site.elements(diagnostics.getOwnerDocument(), "tr").stream().filter(row -> isInside(row, diagnostics)).toList();
		assertEquals("Severity Check Message Paper Where", Site.text(rows.get(0)));
		Element error = rows.get(1);
		List<String> cells = texts(error, "td");
		assertEquals("error", cells.get(0));
		assertEquals("missing-inner-alignment", cells.get(1));
		assertTrue(cells.get(2).startsWith("Proposal 'Incomplete' has no inner alignment argument"), cells.get(2));
		assertEquals("§1", cells.get(3));
		assertTrue(cells.get(4).matches("incomplete\\.proposal:1:\\d+"), cells.get(4));
		assertEquals("No diagnostics.", Site.text(byId(page("Extended"), "diagnostics")).replace("Diagnostics ", ""));
	}

	@Test
	void theSafetyCaseDrawsTheArgumentAndSaysWhatItLeavesOpen() {
		Document page = page("Base");
		Element section = byId(page, "safety-case");
		assertEquals(List.of("Safety case"), texts(section, "h2"));
		List<Element> drawings = Site.elements(page, "svg").stream().filter(svg -> isInside(svg, section)).toList();
		assertEquals(1, drawings.size());
		List<Element> nodes = Site.elements(page, "g").stream().filter(g -> isInside(g, drawings.get(0)) && g.getAttribute("class").startsWith("node "))
				.toList();
		assertEquals(List.of("safety-case-node-CG_Base_after-the-fact-detection_check"),
				nodes.stream().filter(g -> g.getAttribute("data-kind").equals("counter-goal")).map(g -> g.getAttribute("id")).toList(),
				"the finding on the oversight, as a challenge");
		assertEquals(List.of("Undeveloped: Outer alignment, Training competitiveness, Performance competitiveness.",
				"1 challenge; defeated: Oversight check."), texts(section, "li"));
		assertTrue(Site.elements(page, "a").stream().anyMatch(a -> a.getAttribute("href").equals("#safety-case")), "the contents link to it");
	}

	@Test
	void theExamplesPagesCarryTheirFiguresAndDiagnostics() {
		Report report = ReportWriter.write(Projects.paperExamples(injector));
		Site site = new Site(report);
		Document s03 = site.page("ImitativeAmplificationIntermittentOversight.html");
		assertEquals(5, Site.elements(s03, "svg").size(), "its four figures and its safety case");
		Element diagnostics = site.byId("ImitativeAmplificationIntermittentOversight.html", "diagnostics");
		assertTrue(Site.text(diagnostics).contains("warning after-the-fact-detection"), Site.text(diagnostics));
		assertTrue(Site.text(diagnostics).contains("§2.2, §3.2, §4.2"), Site.text(diagnostics));
		assertTrue(Site.text(diagnostics).contains("examples/s03-imitative-amplification-intermittent-oversight.proposal:"), Site.text(diagnostics));
		Element s11Outer = site.byId("AmplificationAuxiliaryRL.html", "outer-alignment");
		assertTrue(!Site.text(s11Outer).contains("inherited from"), "s11 states its own arguments");
		assertTrue(Site.text(site.byId("AmplificationAuxiliaryRL.html", "figures")).contains(
				"inherited from Imitative amplification + intermittent oversight"));
	}
}
