package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.EdgeKind;
import org.proposalstudio.diagram.scene.NodeKind;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.diagram.scene.SceneEdge;
import org.proposalstudio.diagram.scene.SceneNode;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** How a figure declaration becomes a scene: which nodes, which arrows, from which model elements. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class SceneBuilderTest {

	private static final String AMPLIFICATION = """
			proposal Amplification {
				human H
				model M
				amplified Amp(M) = H consulting M
				question Q
				flow Q -> H: question
				flow H <-> M: consultation
				signal imitationLoss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M continuously checking per-step-myopia
				limit hch: HCH of Amp(M)
				%s
			}
			""";

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Test
	void ampIsAGroupAroundItsHumanAndModelAndFlowsReachThemInside() throws Exception {
		Scene scene = scene(AMPLIFICATION.formatted("figure operator { arrows information }"));
		SceneNode group = scene.node("Amp(M)").orElseThrow();
		assertEquals(NodeKind.AMPLIFICATION, group.kind());
		assertEquals(List.of("Amp(M)/H", "Amp(M)/M"), scene.nodes().stream().filter(node -> "Amp(M)".equals(node.parent()))
				.map(SceneNode::id).toList());
		assertTrue(scene.node("M").isEmpty(), "M appears only inside Amp(M) when nothing but information reaches it");
		assertEquals(List.of("Q->Amp(M)/H question", "Amp(M)/H->Amp(M)/M consultation"), arrows(scene));
		assertTrue(scene.edges().get(1).bidirectional());
	}

	@Test
	void signalsAndOversightReachTheTrainedModelBesideTheGroup() throws Exception {
		Scene scene = scene(AMPLIFICATION.formatted("figure loop { shows M, Amp(M) arrows amplification, training, imitation, oversight }"));
		assertEquals(List.of("M->Amp(M) null", "M->M update", "Amp(M)->M null", "Amp(M)->M null"), arrows(scene));
		assertEquals(List.of(EdgeKind.AMPLIFICATION, EdgeKind.TRAINING, EdgeKind.IMITATION, EdgeKind.OVERSIGHT),
				scene.edges().stream().map(SceneEdge::kind).toList());
		assertEquals("Amplification.imitationLoss", scene.edges().get(2).element());
		assertEquals("Amplification.check", scene.edges().get(3).element());
	}

	@Test
	void withSelectsTheMechanismsWhoseArrowsAreDrawn() throws Exception {
		Scene scene = scene(AMPLIFICATION.formatted("figure imitationOnly { shows M, Amp(M) arrows imitation, oversight with imitationLoss }"));
		assertEquals(List.of(EdgeKind.IMITATION), scene.edges().stream().map(SceneEdge::kind).toList());
	}

	@Test
	void inheritedElementsAreNamedAfterTheProposalThatDeclaresThem() throws Exception {
		ProposalModel model = parseHelper.parse(AMPLIFICATION.formatted("figure loop { shows M, Amp(M) arrows imitation }") + """
				proposal Extended extends Amplification { }
				""");
		Scene scene = SceneBuilder.scenesOf(model.getProposals().get(1)).get(0);
		assertEquals("Extended", scene.proposal());
		assertEquals("Amplification.imitationLoss", scene.edges().get(0).element());
		assertEquals("Amplification.M", scene.node("M").orElseThrow().element());
	}

	@ParameterizedTest
	@CsvSource({ "2, 3, 13", "3, 2, 15", "1, 5, 6", "4, 3, 121" })
	void hchHasAllTheHumansDepthAndBreadthImply(int depth, int breadth, int nodes) throws Exception {
		Scene scene = scene(AMPLIFICATION.formatted("figure tree { unroll limit depth " + depth + " breadth " + breadth + " }"));
		assertEquals(nodes, scene.nodes().size());
		assertEquals(nodes - 1, scene.edges().size(), "a tree");
		assertTrue(scene.nodes().stream().allMatch(node -> node.kind() == NodeKind.HUMAN && node.label().equals("H")));
	}

	@ParameterizedTest
	@CsvSource({ "3, 2, 7, 14", "1, 3, 1, 3", "2, 3, 4, 12" })
	void theApprovalTreeAlternatesHumansAndEverOlderModels(int depth, int breadth, int humans, int models) throws Exception {
		Scene scene = scene(AMPLIFICATION.replace("limit hch: HCH", "limit tree: approval-tree")
				.formatted("figure tree { unroll limit depth " + depth + " breadth " + breadth + " }"));
		assertEquals(humans, scene.nodes().stream().filter(node -> node.kind() == NodeKind.HUMAN).count());
		assertEquals(models, scene.nodes().stream().filter(node -> node.kind() == NodeKind.MODEL).count());
		assertEquals("M", scene.node("n.0").orElseThrow().label(), "the newest model on top");
		if (depth >= 3) {
			assertEquals("M″", scene.node("n.0.0.0.0.0").orElseThrow().label(), "the oldest at the bottom");
		}
	}

	@Test
	void theTreesModelsStandForTheEarlierVersionsTheProposalDeclares() throws Exception {
		Scene scene = scene(AMPLIFICATION.replace("limit hch: HCH", "model M' earlier version of M\n\tlimit tree: approval-tree")
				.formatted("figure tree { unroll limit depth 3 breadth 1 }"));
		SceneNode previous = scene.node("n.0.0.0").orElseThrow();
		assertEquals("M′", previous.label());
		assertEquals("M'", previous.participant());
		assertEquals("Amplification.M'", previous.element(), "a click on it finds the declaration of M'");
		SceneNode older = scene.node("n.0.0.0.0.0").orElseThrow();
		assertEquals("M″", older.participant(), "a version the proposal does not declare stands for the limit");
		assertEquals("Amplification.tree", older.element());
	}

	@Test
	void anAnnealedLimitUnrollsTheLimitItIsAnnealedTowards() throws Exception {
		Scene scene = scene(AMPLIFICATION.replace("limit hch: HCH of Amp(M)", "limit mix: annealed towards HCH")
				.formatted("figure tree { unroll limit depth 2 breadth 2 }"));
		assertEquals(7, scene.nodes().size());
	}

	@Test
	void aLimitThatIsNoTreeCannotBeUnrolledAndSaysWhere() throws Exception {
		ProposalModel model = parseHelper.parse(AMPLIFICATION.replace("limit hch: HCH of Amp(M)", "limit optimum: rl-optimum")
				.formatted("figure tree { unroll limit depth 2 breadth 2 }"));
		Proposal proposal = model.getProposals().get(0);
		DiagramException problem = assertThrows(DiagramException.class, () -> SceneBuilder.scenesOf(proposal));
		assertTrue(problem.getMessage().contains("'rl-optimum' is not a tree"), problem.getMessage());
		assertSame(proposal.getFigures().get(0).getUnrolling(), problem.element());
	}

	@Test
	void theDebateTreeAlternatesDebatersAndPutsTheNamedCopiesOnItsFirstPath() throws Exception {
		Scene scene = scene("""
				proposal Debate {
					question Q
					judge Judge
					debater Alice first
					debater Bob second copy of Alice
					debater Alice1 copy of Alice at move 1
					debater Bob2 copy of Bob at move 4
					signal game: debate trains Alice from Judge
					oversight crossExamination: Bob2 oversees Alice1 continuously using cross-examination
					figure tree { unroll debate depth 4 breadth 2 }
				}
				""");
		assertEquals(1 + 2 + 4 + 8 + 16 + 1, scene.nodes().size(), "question, 30 arguments and the judge");
		assertEquals("Alice1", scene.node("q.0").orElseThrow().participant());
		assertEquals("Bob2", scene.node("q.0.0.0.0").orElseThrow().participant());
		assertEquals("Alice₂", scene.node("q.0.0.0").orElseThrow().label(), "the first debater's second move");
		assertEquals(NodeKind.SECOND_DEBATER, scene.node("q.1.0").orElseThrow().kind());
		SceneEdge crossExamination = scene.edges().stream().filter(edge -> edge.kind() == EdgeKind.CROSS_EXAMINATION).findFirst()
				.orElseThrow();
		assertEquals("q.0.0.0.0", crossExamination.source());
		assertEquals("q.0", crossExamination.target());
		assertTrue(crossExamination.overlay(), "it is drawn over the tree, not laid out with it");
	}

	@ParameterizedTest
	@CsvSource({ "3, 7", "1, 1", "5, 13" })
	void versionChainsHoldEachVersionInItsAmplification(int depth, int nodes) throws Exception {
		Scene scene = scene(AMPLIFICATION.replace("imitation trains M", "reward-modeling trains M")
				.formatted("figure chain { unroll versions depth " + depth + " }"));
		assertEquals(nodes, scene.nodes().size());
		assertEquals(depth - 1, scene.edges().size());
		assertTrue(scene.edges().stream().allMatch(edge -> edge.kind() == EdgeKind.REWARD_MODELING));
		assertEquals("M" + (depth - 1), scene.nodes().get(0).id(), "the newest version first, on top");
	}

	@ParameterizedTest
	@CsvSource({ "3, 9", "1, 3" })
	void nestedVersionsHoldEachVersionAndItsUserInACircleInsideTheNext(int depth, int nodes) throws Exception {
		Scene scene = scene(AMPLIFICATION.replace("imitation trains M", "reward-modeling trains M")
				.formatted("figure nested { unroll nested depth " + depth + " }"));
		assertEquals(nodes, scene.nodes().size());
		assertNull(scene.node("circle" + (depth - 1)).orElseThrow().parent(), "the newest version's circle is the largest");
		for (int version = 0; version < depth; version++) {
			String circle = "circle" + version;
			assertEquals(circle, scene.node("M" + version).orElseThrow().parent());
			assertEquals(circle, scene.node(circle + "/H").orElseThrow().parent());
			if (version > 0) {
				assertEquals(circle, scene.node("circle" + (version - 1)).orElseThrow().parent());
			}
		}
		List<String> expected = new ArrayList<>();
		for (int version = depth - 1; version >= 0; version--) {
			expected.add("circle" + version + "/H->M" + version + " null");
			if (version > 0) {
				expected.add("M" + (version - 1) + "->circle" + version + "/H helps");
			}
		}
		assertEquals(expected, arrows(scene), "each user trains its version by reward modeling, helped by the version inside");
	}

	private Scene scene(String text) throws Exception {
		return SceneBuilder.scenesOf(parseHelper.parse(text).getProposals().get(0)).get(0);
	}

	private static List<String> arrows(Scene scene) {
		return scene.edges().stream().map(edge -> edge.source() + "->" + edge.target() + " " + edge.label()).toList();
	}
}
