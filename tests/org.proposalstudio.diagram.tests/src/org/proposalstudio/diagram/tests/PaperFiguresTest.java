package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.tests.SvgReader.SvgEdge;
import org.proposalstudio.diagram.tests.SvgReader.SvgNode;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Each figure of the paper, rendered from examples/, shows the participants and the arrows between them that its
 * caption in the paper names, read back from the SVG's semantic attributes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class PaperFiguresTest {

	/** What a caption says a figure shows: participants, arrows that must be there, arrows that must not. */
	record Caption(int number, List<String> participants, List<String> arrows, List<String> absentArrows) {

		static Caption figure(int number) {
			return new Caption(number, List.of(), List.of(), List.of());
		}

		Caption shows(String... names) {
			return new Caption(number, List.of(names), arrows, absentArrows);
		}

		/** "kind source target", e.g. "imitation Amp(M) M". */
		Caption arrow(String kindSourceTarget) {
			List<String> more = new ArrayList<>(arrows);
			more.add(kindSourceTarget);
			return new Caption(number, participants, more, absentArrows);
		}

		Caption without(String kindSourceTarget) {
			List<String> more = new ArrayList<>(absentArrows);
			more.add(kindSourceTarget);
			return new Caption(number, participants, arrows, more);
		}

		@Override
		public String toString() {
			return "figure " + number;
		}
	}

	static Stream<Caption> captions() {
		return Stream.of(
				Caption.figure(2).shows("Q", "H", "M", "A", "Amp(M)").arrow("information Q H").arrow("information H M")
						.arrow("information H A"),
				Caption.figure(3).shows("M", "Amp(M)", "H").arrow("amplification M Amp(M)").arrow("imitation Amp(M) M")
						.arrow("training M M").without("oversight Amp(M) M"),
				Caption.figure(4).shows("M", "Amp(M)").arrow("amplification M Amp(M)").arrow("imitation Amp(M) M")
						.arrow("training M M").arrow("oversight Amp(M) M"),
				Caption.figure(5).shows("H").arrow("information H H"),
				Caption.figure(7).shows("M", "Amp(M)").arrow("imitation Amp(M) M").arrow("oversight Amp(M) M"),
				Caption.figure(8).shows("M", "Amp(M)").arrow("approval Amp(M) M").arrow("amplification M Amp(M)")
						.without("oversight Amp(M) M"),
				Caption.figure(9).shows("M", "Amp(M)").arrow("approval Amp(M) M").arrow("oversight Amp(M) M"),
				Caption.figure(10).shows("H", "M", "M'", "M''").arrow("approval M H").arrow("information H M"),
				Caption.figure(11).shows("User", "R", "Agent", "Env").arrow("information User R").arrow("information R Agent")
						.arrow("information Agent Env").arrow("information Env Agent").arrow("information Env User")
						.without("oversight User R"),
				Caption.figure(12).shows("User", "R", "Agent", "Env").arrow("oversight User R").without("oversight User Agent"),
				Caption.figure(13).shows("User", "R", "Agent", "Env").arrow("oversight User R").arrow("oversight User Agent"),
				Caption.figure(14).shows("M0", "M1", "M2", "Amp(M0)", "Amp(M1)").arrow("reward-modeling Amp(M0) M1")
						.arrow("reward-modeling Amp(M1) M2"),
				Caption.figure(15).shows("M", "R", "Amp(M)").arrow("reward-modeling Amp(M) M").arrow("oversight Amp(M) M")
						.arrow("oversight Amp(M) R"),
				Caption.figure(16).shows("H", "M", "M'", "M''").arrow("reward-modeling M H").arrow("information H M"),
				Caption.figure(17).shows("Q", "Alice", "Bob", "Judge").arrow("first-debater-argument Q Alice")
						.arrow("second-debater-argument Alice Bob").arrow("information Q Judge"),
				Caption.figure(18).shows("Alice1", "Bob2").arrow("cross-examination Bob2 Alice1").without("oversight Alice2 Bob1"),
				Caption.figure(19).shows("Alice1", "Bob1", "Alice2", "Bob2").arrow("cross-examination Bob2 Alice1")
						.arrow("oversight Alice2 Bob1"),
				Caption.figure(21).shows("M", "Amp(M)", "Env").arrow("information Amp(M) Env").arrow("rl Env M")
						.arrow("imitation Amp(M) M").without("oversight Amp(M) M"),
				Caption.figure(22).shows("M", "Amp(M)", "Env").arrow("rl Env M").arrow("oversight Amp(M) M"),
				Caption.figure(23).shows("π", "Env", "Amp(M)").arrow("information π Env").arrow("rl Env π").arrow("oversight Amp(M) π"),
				Caption.figure(24).shows("M", "Amp(M)").arrow("imitation Amp(M) M").without("prediction Amp(M) M"),
				Caption.figure(25).shows("M", "Amp(M)", "π", "Env").arrow("information π Amp(M)").arrow("information Env Amp(M)")
						.arrow("prediction Amp(M) M").without("oversight Amp(M) M"),
				Caption.figure(26).shows("M", "Amp(M)", "π", "Env").arrow("prediction Amp(M) M").arrow("oversight Amp(M) M"));
	}

	@Inject
	private Injector injector;

	private ExampleScenes examples;

	@BeforeEach
	void loadExamples() {
		examples = new ExampleScenes(injector);
	}

	@ParameterizedTest
	@MethodSource("captions")
	void theRenderedFigureShowsWhatItsCaptionNames(Caption caption) throws Exception {
		SvgReader svg = svgOf(caption.number());
		Set<String> participants = svg.nodes().stream().map(SvgNode::participant).collect(Collectors.toSet());
		assertTrue(participants.containsAll(caption.participants()), "figure " + caption.number() + " shows " + participants);
		Set<String> arrows = svg.edges().stream().map(PaperFiguresTest::arrow).collect(Collectors.toSet());
		for (String expected : caption.arrows()) {
			assertTrue(arrows.contains(expected), "figure " + caption.number() + " lacks '" + expected + "': " + arrows);
		}
		for (String absent : caption.absentArrows()) {
			assertFalse(arrows.contains(absent), "figure " + caption.number() + " should not show '" + absent + "'");
		}
		assertEquals(svg.edges().stream().map(SvgEdge::kind).distinct().sorted().toList(), svg.legend().stream().sorted().toList(),
				"the legend explains exactly the arrow kinds used");
		assertTrue(svg.title().contains("figure"), svg.title());
	}

	@Test
	void theAmplifiedModelEnclosesTheHumanAndTheModelItConsults() throws Exception {
		Map<String, String> groupOf = svgOf(2).nodes().stream()
				.collect(Collectors.toMap(SvgNode::participant, SvgNode::group, (first, second) -> first));
		assertEquals("Amp(M)", groupOf.get("H"));
		assertEquals("Amp(M)", groupOf.get("M"));
		assertEquals("", groupOf.get("Amp(M)"), "the group itself stands on the page");
	}

	private SvgReader svgOf(int paperFigure) throws Exception {
		Scene scene = examples.paperFigure(paperFigure).orElseThrow(() -> new AssertionError("no example reproduces figure " + paperFigure));
		return new SvgReader(SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(scene), Theme.LIGHT)));
	}

	/** Figures 2 to 26, figure 1 being a photograph; 6 and 20 repeat figure 3 and are drawn by its declaration. */
	@Test
	void everyFigureOfThePaperIsReproduced() {
		List<Integer> missing = IntStream.rangeClosed(2, 26).filter(number -> examples.paperFigure(number).isEmpty()).boxed().toList();
		assertEquals(List.of(), missing);
		assertEquals(examples.paperFigure(3), examples.paperFigure(6));
		assertEquals(examples.paperFigure(3), examples.paperFigure(20));
	}

	/** §2, §6 and §7 have no figure in the paper; their examples draw one in the same visual language. */
	@Test
	void theProposalsWithoutAFigureInThePaperHaveOne() {
		for (String proposal : List.of("RLTransparencyTools", "MicroscopeAI", "STEMAI")) {
			assertTrue(examples.declaredScenes().stream().anyMatch(scene -> scene.proposal().equals(proposal) && !scene.edges().isEmpty()),
					proposal);
		}
	}

	private static String arrow(SvgEdge edge) {
		return edge.kind() + " " + edge.source() + " " + edge.target();
	}
}
