package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneElements;
import org.proposalstudio.diagram.scene.SceneNode;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The references from nodes and edges to the model elements they show, which the workbench follows back. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class SceneElementsTest {

	@Inject
	private Injector injector;

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Test
	void everyNodeAndEdgeOfTheExamplesLeadsBackToTheElementItCameFrom() {
		ExampleScenes examples = new ExampleScenes(injector);
		Map<String, Proposal> proposals = examples.proposals().stream().collect(Collectors.toMap(Proposal::getName, Function.identity()));
		List<Scene> scenes = examples.proposals().stream().flatMap(proposal -> SceneBuilder.scenesOf(proposal).stream()).toList();
		assertTrue(scenes.size() > 20, "the examples draw their figures");
		Stream.concat(scenes.stream().flatMap(scene -> scene.nodes().stream().map(SceneNode::element)),
				scenes.stream().flatMap(scene -> scene.edges().stream().map(SceneEdge::element))).distinct().forEach(reference -> {
					Proposal declaring = proposals.get(SceneElements.proposalOf(reference));
					EObject element = SceneElements.resolve(declaring, reference).orElseThrow(() -> new AssertionError("resolves " + reference));
					assertEquals(reference, SceneElements.referenceOf(element));
				});
	}

	@Test
	void flowsAreNamedByTheirPlaceAndFiguresAreNeverMeant() throws Exception {
		Proposal proposal = parseHelper.parse("""
				proposal P {
					human H
					model M
					flow H -> M
					flow M -> H
					figure H { arrows information }
				}
				""").getProposals().get(0);
		InformationFlow second = proposal.getFlows().get(1);
		assertEquals("P.flow2", SceneElements.referenceOf(second));
		assertEquals(second, SceneElements.resolve(proposal, "P.flow2").orElseThrow());
		assertEquals(proposal.getParticipants().get(0), SceneElements.resolve(proposal, "P.H").orElseThrow(),
				"the participant, not the figure of the same name");
		assertEquals(proposal, SceneElements.resolve(proposal, "P").orElseThrow());
		assertTrue(SceneElements.resolve(proposal, "Q.H").isEmpty());
		assertTrue(SceneElements.resolve(proposal, "P.flow3").isEmpty());
	}
}
