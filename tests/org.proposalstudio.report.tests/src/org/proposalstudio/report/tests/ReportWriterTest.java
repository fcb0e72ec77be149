package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.report.Report;
import org.proposalstudio.report.ReportWriter;
import org.proposalstudio.report.SourceFile;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.w3c.dom.Element;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The site as a whole: its files, links that resolve, well-formed pages, escaping, figures, determinism. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ReportWriterTest {

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	private List<SourceFile> smallProject() {
		return Projects.fromTexts(injector, temp, Map.of("base.proposal", SmallProject.BASE, "more/extended.proposal", SmallProject.EXTENDED,
				"incomplete.proposal", SmallProject.INCOMPLETE));
	}

	@Test
	void theSiteIsAnIndexAStylesheetAndAPagePerProposal() {
		Report report = ReportWriter.write(smallProject());
		assertEquals(List.of("index.html", "style.css", "Base.html", "Extended.html", "Incomplete.html"), List.copyOf(report.files().keySet()));
		assertEquals(3, report.proposalCount());
		assertEquals(List.of(), report.problems());
		new Site(report).assertLinksResolve();
	}

	@Test
	void everyLinkOfTheExamplesReportResolvesAndEveryFigureIsAnInlineSvg() {
		List<SourceFile> files = Projects.allExamples(injector);
		Report report = ReportWriter.write(files);
		Site site = new Site(report);
		site.assertLinksResolve();
		assertEquals(26, report.proposalCount(), report.files().keySet().toString());
		assertEquals(List.of(), report.problems());
		for (SourceFile file : files) {
			file.proposals().forEach(proposal -> {
				String page = proposal.getName() + ".html";
				List<String> figures = EffectiveProposal.of(proposal).proposal().getFigures().stream().map(figure -> "figure-" + figure.getName()).toList();
				List<Element> drawn = Site.elements(site.page(page), "figure");
				assertEquals(figures, drawn.stream().map(figure -> figure.getAttribute("id")).toList(), page);
				for (Element figure : drawn) {
					List<Element> svg = Site.elements(site.page(page), "svg").stream().filter(element -> element.getParentNode() == figure).toList();
					assertEquals(1, svg.size(), () -> page + "#" + figure.getAttribute("id") + " holds no drawing");
					assertEquals("http://www.w3.org/2000/svg", svg.get(0).getNamespaceURI());
					assertFalse(Site.elements(site.page(page), "figcaption").isEmpty());
				}
			});
		}
	}

	@Test
	void theSameInputGivesTheSameBytes() {
		Report first = ReportWriter.write(smallProject());
		Report second = ReportWriter.write(Projects.fromTexts(injector, temp.resolve("again"), Map.of("base.proposal", SmallProject.BASE,
				"more/extended.proposal", SmallProject.EXTENDED, "incomplete.proposal", SmallProject.INCOMPLETE)));
		assertEquals(first.files().keySet(), second.files().keySet());
		first.files().forEach((file, bytes) -> assertArrayEquals(bytes, second.files().get(file), file));
		Report examples = ReportWriter.write(Projects.paperExamples(injector));
		Report examplesAgain = ReportWriter.write(Projects.paperExamples(injector));
		examples.files().forEach((file, bytes) -> assertArrayEquals(bytes, examplesAgain.files().get(file), file));
	}

	@Test
	void hostileTextIsShownAsTextEverywhere() {
		String hostile = "<script>alert('x')</script> & \"quoted\" </p><img src=x onerror=alert(1)>";
		String text = """
				proposal Hostile "TITLE" section 2 {
					model M "DESCRIPTION"
					human H shown as "LABEL"
					signal learning: task trains M from H
					oversight look: H oversees M continuously using transparency-tools checking non-deception
					deploy M
					outer alignment is promising "ARGUMENT"
					inner alignment is concerning relies on look "ARGUMENT"
					figure overview "FIGURE" { "CAPTION" }
				}
				""".replace("TITLE", hostile.replace("\"", "\\\"")).replace("DESCRIPTION", hostile.replace("\"", "\\\""))
				.replace("LABEL", hostile.replace("\"", "\\\"")).replace("ARGUMENT", hostile.replace("\"", "\\\""))
				.replace("FIGURE", hostile.replace("\"", "\\\"")).replace("CAPTION", hostile.replace("\"", "\\\""));
		Report report = ReportWriter.write(Projects.fromText(injector, temp, text));
		Site site = new Site(report);
		site.assertLinksResolve();
		for (String page : site.pages()) {
			String html = report.text(page);
			assertFalse(html.contains("<script"), page);
			assertFalse(html.contains("<img"), page);
			assertFalse(html.contains("</p><img"), page);
			assertEquals(0, Site.elements(site.page(page), "img").size(), page);
		}
		Element title = Site.elements(site.page("Hostile.html"), "h1").get(0);
		assertEquals(hostile, Site.text(title));
		assertTrue(Site.text(site.byId("Hostile.html", "outer-alignment")).contains(hostile));
		assertTrue(Site.text(site.byId("Hostile.html", "figure-overview")).contains(hostile), "figure title, caption and label");
	}

	@Test
	void aFigureThatCannotBeDrawnIsAMessageAndTheReportCompletes() {
		String text = """
				proposal Trees section 2 {
					human H
					model M
					amplified Amp(M) = H consulting M
					signal imitationLoss: imitation trains M from Amp(M)
					limit optimum: rl-optimum
					deploy M
					figure overview "The flow" { shows M, Amp(M) }
					figure tree "A tree" {
						unroll limit depth 2 breadth 2
					}
				}
				""";
		Report report = ReportWriter.write(Projects.fromText(injector, temp, text));
		Site site = new Site(report);
		site.assertLinksResolve();
		assertEquals(1, report.problems().size(), report.problems().toString());
		assertTrue(report.problems().get(0).message().startsWith("Figure 'tree' of 'Trees': it unrolls the limit, but 'rl-optimum' is not a tree"),
				report.problems().get(0).message());
		assertEquals("Trees", report.problems().get(0).proposal().getName());
		Element tree = site.byId("Trees.html", "figure-tree");
		assertTrue(Site.text(tree).startsWith("This figure cannot be drawn: Figure 'tree' of 'Trees': it unrolls the limit"), Site.text(tree));
		assertEquals(2, Site.elements(site.page("Trees.html"), "svg").size(), "the other figure is drawn, and the safety case");
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftOutAndItsErrorsAreOnTheIndex() {
		List<SourceFile> files = Projects.fromTexts(injector, temp, Map.of("good.proposal", SmallProject.INCOMPLETE, "broken.proposal",
				"proposal Broken section 5 {\n\tmodel M\n\tsignal s: imitation trains\n}\n"));
		Report report = ReportWriter.write(files);
		Site site = new Site(report);
		site.assertLinksResolve();
		assertEquals(List.of("index.html", "style.css", "Incomplete.html"), List.copyOf(report.files().keySet()));
		String others = Site.text(site.byId("index.html", "other-diagnostics"));
		assertTrue(others.contains("Left out of the matrix because of syntax or linking errors: broken.proposal"), others);
		assertTrue(others.contains("error syntax"), others);
		assertTrue(others.matches(".*broken.proposal:[34]:\\d+.*"), others);
	}

	@Test
	void anEmptyReportStillHasAnIndex() {
		Report report = ReportWriter.write(List.of());
		Site site = new Site(report);
		site.assertLinksResolve();
		assertEquals(List.of("index.html", "style.css"), List.copyOf(report.files().keySet()));
		assertTrue(report.text("index.html").contains("No proposals"));
	}
}
