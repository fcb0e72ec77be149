package org.proposalstudio.diff.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.diff.tests.Comparisons.change;
import static org.proposalstudio.diff.tests.Comparisons.property;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diff.ComparisonJson;
import org.proposalstudio.diff.ComparisonPage;
import org.proposalstudio.diff.ComparisonText;
import org.proposalstudio.diff.ElementChange;
import org.proposalstudio.diff.ProposalComparison;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * §3 against §4 of the paper: §4 is §3 with relaxed adversarial training in place of intermittent oversight (§4: "the
 * same as ... intermittent oversight" but for the oversight), and the four arguments change with it. The comparison
 * shows exactly that, and nothing else, as text, JSON and an HTML page with the figures side by side.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class PaperSectionsTest {

	@Inject
	private Injector injector;

	private ProposalComparison comparison;

	@BeforeEach
	void compareTheSections() {
		comparison = Comparisons.paperSections(injector);
	}

	@Test
	void relaxedAdversarialTrainingInPlaceOfIntermittentOversightAndTheFourArgumentsAreAllThatDiffer() {
		assertEquals(List.of(
				"proposal ImitativeAmplificationIntermittentOversight -> ImitativeAmplificationRelaxedAdversarialTraining CHANGED",
				"oversight rat (in place of intermittentOversight) REPLACED",
				"argument outer alignment CHANGED",
				"argument inner alignment CHANGED",
				"argument training competitiveness CHANGED",
				"argument performance competitiveness CHANGED",
				"figure ratFigure (in place of intermittentOversightFigure) REPLACED"), Comparisons.summary(comparison),
				"participants, flows, the imitative loss, the HCH limit and the deployment are the same");
	}

	@Test
	void theOversightActsContinuouslyAndChecksOnlyMyopia() {
		ElementChange oversight = change(comparison, "oversight", "rat");
		assertEquals(List.of("intermittently"), property(oversight, "timing").before());
		assertEquals(List.of("continuously"), property(oversight, "timing").after());
		assertEquals(List.of("non-deception", "non-catastrophe"), property(oversight, "conditions").removed());
		assertEquals(List.of(), property(oversight, "conditions").added());
		assertEquals(List.of("per-step-myopia"), property(oversight, "conditions").after());
		assertEquals(List.of("yes"), property(oversight, "on target change").before());
		assertEquals(List.of("description", "timing", "on target change", "conditions"),
				oversight.properties().stream().map(property -> property.property()).toList(),
				"the overseer, the overseen model and the tools stay");
	}

	@Test
	void innerAlignmentTurnsPromisingAndReliesOnRelaxedAdversarialTraining() {
		ElementChange inner = change(comparison, "argument", "inner alignment");
		assertEquals(List.of("uncertain"), property(inner, "stance").before());
		assertEquals(List.of("promising"), property(inner, "stance").after());
		assertEquals(List.of("intermittentOversight"), property(inner, "relies on").removed());
		assertEquals(List.of("rat"), property(inner, "relies on").added());
		assertEquals(List.of("rat"), property(change(comparison, "argument", "outer alignment"), "relies on").added());
		assertTrue(property(inner, "text").isText(), "the argument's text differs, as a word diff");
	}

	@Test
	void theDiagnosticsFollowTheOversight() {
		assertEquals(List.of("after-the-fact-detection"), comparison.diagnosticsRemoved().stream().map(Diagnostic::check).toList(),
				"§4.2: relaxed adversarial training prevents deception rather than detecting it after the fact");
		assertEquals(List.of("oversight-overfitting"), comparison.diagnosticsAdded().stream().map(Diagnostic::check).toList(),
				"§4.2: the risk is that the model overfits the oversight signal");
	}

	@Test
	void theFiguresArePairedTheChangedOneMarked() {
		assertEquals(List.of("amplificationOperator=amplificationOperator same", "imitativeAmplification=imitativeAmplification same",
				"intermittentOversightFigure=ratFigure changed", "hchTree=hchTree same"),
				comparison.figures().stream().map(pair -> pair.older().getName() + "=" + pair.newer().getName() + (pair.changed() ? " changed" : " same"))
						.toList());
	}

	@Test
	void textHasALinePerChangeAndColoursOnlyWhenAsked() {
		String plain = ComparisonText.write(comparison, false);
		List<String> lines = plain.lines().toList();
		assertTrue(lines.get(0).startsWith("--- s03-"), plain);
		assertTrue(lines.get(1).startsWith("+++ s04-"), plain);
		assertTrue(lines.contains("~ oversight rat (in place of intermittentOversight)"), plain);
		assertTrue(lines.contains("    timing: intermittently -> continuously"), plain);
		assertTrue(lines.contains("    conditions: - non-deception, non-catastrophe"), plain);
		assertTrue(lines.contains("    stance: uncertain -> promising"), plain);
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("    - warning [after-the-fact-detection] Oversight 'intermittentOversight'")), plain);
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("    + info [oversight-overfitting] Oversight 'rat'")), plain);
		assertEquals("7 elements differ; 1 diagnostic removed, 1 added", lines.get(lines.size() - 1));
		assertFalse(plain.contains("\u001b["), "no colour codes unless asked");

		String coloured = ComparisonText.write(comparison, true);
		assertTrue(coloured.contains("\u001b[31mintermittently\u001b[0m -> \u001b[32mcontinuously\u001b[0m"), coloured);
		assertEquals(lines.size(), coloured.lines().count(), "the same lines, coloured");
	}

	@Test
	void jsonHasEveryChangeWithItsPropertiesAndTheDiagnostics() {
		Map<String, Object> json = ComparisonJson.of(comparison);
		assertEquals(List.of("old", "new", "same", "changes", "diagnostics", "figures", "summary"), List.copyOf(json.keySet()));
		assertEquals(false, json.get("same"));
		assertEquals(comparison.changes().size(), ((List<?>) json.get("changes")).size());
		@SuppressWarnings("unchecked")
		Map<String, Object> oversight = (Map<String, Object>) ((List<?>) json.get("changes")).get(1);
		assertEquals("replaced", oversight.get("kind"));
		assertEquals("intermittentOversight", oversight.get("old"));
		assertEquals("rat", oversight.get("new"));
	}

	@Test
	void thePageIsWellFormedWithTheFiguresOfBothSideBySide() throws Exception {
		String page = ComparisonPage.write(comparison);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
		List<Element> pairs = elements(document.getElementsByTagName("div")).stream()
				.filter(div -> div.getAttribute("class").startsWith("figure-pair")).toList();
		assertEquals(4, pairs.size());
		for (Element pair : pairs) {
			assertEquals(2, pair.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(), "old and new drawn");
		}
		assertEquals(List.of("figure-pair", "figure-pair", "figure-pair changed", "figure-pair"),
				pairs.stream().map(pair -> pair.getAttribute("class")).toList());
		assertTrue(page.contains("<del>intermittently</del>") || page.contains(">intermittently<"), "the old timing is shown");
		assertTrue(page.contains("Content-Security-Policy"), "the page runs no script");
		assertTrue(elements(document.getElementsByTagName("ins")).stream().anyMatch(ins -> ins.getTextContent().contains("relaxed adversarial training")));
		assertEquals(ComparisonPage.write(comparison), page, "the same comparison gives the same page");
	}

	private static List<Element> elements(NodeList nodes) {
		return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
	}
}
