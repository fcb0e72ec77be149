package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.DrawingBudget;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.report.InlineFigures;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Figures drawn for a page: an svg element in the light theme, ids prefixed so that drawings can share a page. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class InlineFiguresTest {

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	private EffectiveProposal base() {
		Proposal base = Projects.fromText(injector, temp, SmallProject.BASE).get(0).proposals().get(0);
		return EffectiveProposal.of(base);
	}

	@Test
	void aFigureIsAnSvgElementWithoutDeclarationInTheLightTheme() {
		EffectiveProposal base = base();
		String svg = InlineFigures.svg(base, base.proposal().getFigures().get(0), "figure-operator-", new DrawingBudget());
		assertTrue(svg.startsWith("<svg class=\"diagram\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\""), svg);
		assertFalse(svg.contains("<?xml"));
		Document document = Site.parse("svg", svg);
		assertEquals("#ffffff", Site.elements(document, "rect").get(0).getAttribute("fill"), "the light theme's page");
		assertEquals("The operator (figure 2)", Site.elements(document, "title").get(0).getTextContent());
	}

	@Test
	void idsArePrefixedSoThatTwoDrawingsOfOnePageDoNotClash() {
		EffectiveProposal base = base();
		Figure figure = base.proposal().getFigures().get(0);
		Set<String> ids = new HashSet<>();
		for (String prefix : List.of("first-", "second-")) {
			Document document = Site.parse("svg", InlineFigures.svg(base, figure, prefix, new DrawingBudget()));
			for (Element element : Site.elements(document, "*")) {
				if (element.hasAttribute("id")) {
					assertTrue(element.getAttribute("id").startsWith(prefix), element.getAttribute("id"));
					assertTrue(ids.add(element.getAttribute("id")), element.getAttribute("id"));
				}
				if (element.hasAttribute("data-edge")) {
					assertTrue(element.getAttribute("data-edge").startsWith(prefix + "edge-"), element.getAttribute("data-edge"));
				}
			}
		}
		assertTrue(ids.contains("first-node-M"), ids.toString());
	}

	@Test
	void aFigureThatCannotBeDrawnThrowsWithTheElementToChange() {
		String text = """
				proposal Trees {
					model M
					limit optimum: rl-optimum
					figure tree { unroll limit depth 2 breadth 2 }
				}
				""";
		Proposal trees = Projects.fromText(injector, temp, text).get(0).proposals().get(0);
		EffectiveProposal effective = EffectiveProposal.of(trees);
		DiagramException problem = assertThrows(DiagramException.class,
				() -> InlineFigures.svg(effective, effective.proposal().getFigures().get(0), "x-", new DrawingBudget()));
		assertTrue(problem.getMessage().contains("'rl-optimum' is not a tree"), problem.getMessage());
	}
}
