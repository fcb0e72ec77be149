package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** SVG that tools can read: well-formed, titled, semantically marked up, the same bytes for the same model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class SvgWriterTest {

	@Inject
	private Injector injector;

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Test
	void everyExampleFigureIsWellFormedAndMarksUpEveryNodeAndArrow() throws Exception {
		for (Scene scene : new ExampleScenes(injector).declaredScenes()) {
			for (Theme theme : Theme.values()) {
				SvgReader svg = new SvgReader(render(scene, theme));
				assertEquals(scene.nodes().size(), svg.nodes().size(), scene.fileName());
				assertEquals(scene.edges().size(), svg.edges().size(), scene.fileName());
				svg.nodes().forEach(node -> assertTrue(!node.kind().isEmpty() && !node.participant().isEmpty() && !node.element().isEmpty(),
						scene.fileName() + ": " + node));
				svg.edges().forEach(edge -> assertTrue(!edge.kind().isEmpty() && !edge.source().isEmpty() && !edge.target().isEmpty()
						&& edge.element().contains("."), scene.fileName() + ": " + edge));
			}
		}
	}

	@Test
	void renderingTheSameModelTwiceGivesTheSameBytes() throws Exception {
		ExampleScenes first = new ExampleScenes(injector);
		ExampleScenes second = new ExampleScenes(injector);
		List<Scene> scenes = first.declaredScenes();
		for (int i = 0; i < scenes.size(); i++) {
			assertEquals(render(scenes.get(i), Theme.PAPER), render(second.declaredScenes().get(i), Theme.PAPER), scenes.get(i).fileName());
		}
	}

	@Test
	void theThemesColourInformationForTheirPage() throws Exception {
		Scene scene = new ExampleScenes(injector).paperFigure(2).orElseThrow();
		assertTrue(render(scene, Theme.PAPER).contains("stroke=\"#ffffff\""), "white information arrows on the dark page");
		assertFalse(render(scene, Theme.LIGHT).contains("stroke=\"#ffffff\""), "no white arrows on a white page");
	}

	@Test
	void textIsEscapedAndFittedToItsMeasuredWidth() throws Exception {
		Scene scene = SceneBuilder.scenesOf(parseHelper.parse("""
				proposal Escapes {
					model M shown as "<M & M'>"
					figure f "Quotes \\" and <angles>" { }
				}
				""").getProposals().get(0)).get(0);
		String svg = render(scene, Theme.LIGHT);
		assertTrue(svg.contains("&lt;M &amp; M&#39;&gt;"), svg);
		assertEquals("Quotes \" and <angles>", new SvgReader(svg).title());
		assertTrue(svg.contains("lengthAdjust=\"spacingAndGlyphs\""), "a viewer without the font still fits the text");
	}

	/** A string literal may hold any character through an escape; XML holds no control character, so none is written. */
	@Test
	void aCharacterNoXmlMayHoldBecomesTheReplacementCharacter() throws Exception {
		Scene scene = SceneBuilder.scenesOf(parseHelper.parse("""
				proposal Controls {
					model M shown as "bell\\u0007 and nul\\u0000 and a lone \\uD800 surrogate"
					figure f "title\\u001B" { }
				}
				""").getProposals().get(0)).get(0);
		String svg = render(scene, Theme.LIGHT);
		assertTrue(svg.contains("bell\uFFFD and nul\uFFFD and a lone \uFFFD surrogate"), svg);
		assertEquals("title\uFFFD", new SvgReader(svg).title(), "the drawing is well-formed XML");
	}

	@Test
	void numbersAreRoundedToTenthsAsTheFormatterRoundsThem() {
		Random random = new Random(42);
		List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.05, -0.05, 0.15, 0.25, 1.05, 2.45, -2.45, 0.04, -0.04, 0.96,
				-0.96, 12.0, 1e8, 123456.75, 1e12 + 0.05, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE));
		for (int i = 0; i < 200_000; i++) {
			double magnitude = Math.pow(10, random.nextInt(8));
			values.add((random.nextDouble() - 0.2) * magnitude);
			values.add(Math.round(random.nextDouble() * magnitude * 100) / 100.0 + (random.nextBoolean() ? 0.05 : 0));
		}
		for (double value : values) {
			String formatted = String.format(Locale.ROOT, "%.1f", value);
			String expected = formatted.equals("-0.0") ? "0" : formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
			assertEquals(expected, SvgWriter.number(value), "the number " + value);
		}
	}

	private static String render(Scene scene, Theme theme) {
		return SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(scene), theme));
	}
}
