package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.report.Contents;
import org.proposalstudio.report.IndexPage;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** index.html: the comparison matrix, proposals by section, stances linked to the arguments, missing ones flagged. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class IndexPageTest {

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	private Document index() {
		Contents contents = Contents.of(Projects.fromTexts(injector, temp, Map.of("incomplete.proposal", SmallProject.INCOMPLETE,
				"base.proposal", SmallProject.BASE, "more/extended.proposal", SmallProject.EXTENDED)));
		return Site.parse("index.html", IndexPage.write(contents));
	}

	private static List<Element> rows(Document index) {
		return Site.elements(index, "tr").stream().filter(row -> row.getAttribute("id").startsWith("row-")).toList();
	}

	private static List<String> cells(Element row) {
		return Site.elements(row.getOwnerDocument(), "*").stream().filter(cell -> cell.getParentNode() == row).map(Site::text).toList();
	}

	@Test
	void aRowPerProposalInTheOrderOfThePapersSections() {
		List<Element> rows = rows(index());
		assertEquals(List.of("row-Base", "row-Extended", "row-Incomplete"), rows.stream().map(row -> row.getAttribute("id")).toList());
		assertEquals(List.of("Base & <friends> Base", "3", "", "promising", "uncertain", "concerning", "uncertain", "1 warning"), cells(rows.get(0)));
		assertEquals(List.of("Extended Extended", "4", "Base & <friends>", "promising inherited", "promising", "concerning inherited",
				"uncertain inherited", "none"), cells(rows.get(1)));
	}

	@Test
	void eachCellLinksToItsArgumentAndAMissingOneIsFlaggedInWords() {
		Element incomplete = rows(index()).get(2);
		List<Element> stances = Site.elements(incomplete.getOwnerDocument(), "td").stream()
				.filter(cell -> cell.getParentNode() == incomplete && cell.getAttribute("class").startsWith("stance")).toList();
		assertEquals(List.of("stance uncertain", "stance missing", "stance missing", "stance missing"),
				stances.stream().map(cell -> cell.getAttribute("class")).toList());
		assertEquals(List.of("uncertain", "⚠ missing", "⚠ missing", "⚠ missing"), stances.stream().map(Site::text).toList());
		assertEquals(List.of("Incomplete.html#outer-alignment", "Incomplete.html#inner-alignment", "Incomplete.html#training-competitiveness",
				"Incomplete.html#performance-competitiveness"),
				stances.stream().map(cell -> Site.elements(cell.getOwnerDocument(), "a").stream().filter(a -> a.getParentNode() == cell)
						.findFirst().orElseThrow().getAttribute("href")).toList());
	}

	@Test
	void theDiagnosticsColumnCountsBySeverityAndLinksToThePagesDiagnostics() {
		Element incomplete = rows(index()).get(2);
		assertEquals("1 error, 2 warnings", cells(incomplete).get(7));
		Element link = Site.elements(incomplete.getOwnerDocument(), "a").stream()
				.filter(a -> a.getAttribute("class").equals("count") && a.getParentNode().getParentNode() == incomplete).findFirst().orElseThrow();
		assertEquals("Incomplete.html#diagnostics", link.getAttribute("href"));
	}

	@Test
	void theIndexNamesThePaperAndExplainsTheStances() {
		Document index = index();
		String text = Site.text(index.getDocumentElement());
		assertTrue(text.contains("3 proposals, each judged on the four components of Evan Hubinger's An overview of 11 proposals"), text);
		for (String word : List.of("promising the argument expects the component to hold", "uncertain the argument leaves the question open",
				"concerning the argument expects trouble", "⚠ missing the proposal has no argument for the component")) {
			assertTrue(text.contains(word), word);
		}
		assertEquals(List.of("Proposal", "§", "Extends", "Outer alignment", "Inner alignment", "Training competitiveness",
				"Performance competitiveness", "Diagnostics"), Site.elements(index, "th").stream().filter(th -> th.getAttribute("scope").equals("col")).map(Site::text).toList());
	}
}
