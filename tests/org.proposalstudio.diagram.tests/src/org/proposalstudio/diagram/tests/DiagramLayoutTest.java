package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diagram.layout.Diagram;
import org.proposalstudio.diagram.layout.Diagram.PlacedEdge;
import org.proposalstudio.diagram.layout.Diagram.PlacedNode;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.diagram.scene.SceneNode;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Layouts a reader can trust: nothing overlaps, arrows touch their nodes, everything lies on the page. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class DiagramLayoutTest {

	/** Edge ends are computed by ELK in floating point and written to a tenth of a pixel. */
	private static final double TOLERANCE = 0.5;

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private Injector injector;

	@Test
	void everyExampleFigureIsLaidOutSoundly() {
		List<Scene> scenes = new ExampleScenes(injector).declaredScenes();
		assertTrue(scenes.size() >= 26, "the examples declare " + scenes.size() + " figures");
		for (Scene scene : scenes) {
			assertSound(DiagramLayout.layout(scene));
		}
	}

	@Test
	void aTreeOfAThousandNodesIsLaidOutSoundly() throws Exception {
		Scene scene = SceneBuilder.scenesOf(parseHelper.parse("""
				proposal Big {
					human H
					model M
					amplified Amp(M) = H consulting M
					limit hch: HCH of Amp(M)
					figure tree { unroll limit depth 6 breadth 3 }
				}
				""").getProposals().get(0)).get(0);
		Diagram diagram = DiagramLayout.layout(scene);
		assertEquals(1093, diagram.nodes().size());
		assertSound(diagram);
	}

	@Test
	void childrenStandInTheOrderTheTreeWasUnrolled() throws Exception {
		Scene scene = SceneBuilder.scenesOf(parseHelper.parse("""
				proposal Big {
					human H
					model M
					amplified Amp(M) = H consulting M
					limit approval: approval-tree of Amp(M)
					figure tree { unroll limit depth 4 breadth 3 }
				}
				""").getProposals().get(0)).get(0);
		Diagram diagram = DiagramLayout.layout(scene);
		for (SceneNode parent : scene.nodes()) {
			List<Box> children = scene.edges().stream().filter(edge -> edge.source().equals(parent.id()))
					.map(edge -> diagram.node(edge.target()).box()).toList();
			for (int i = 1; i < children.size(); i++) {
				assertTrue(children.get(i - 1).right() <= children.get(i).x(), "the children of " + parent.id() + " keep their order");
			}
		}
	}

	@Test
	void theSameSceneGivesTheSameLayout() {
		Scene scene = new ExampleScenes(injector).paperFigure(26).orElseThrow();
		assertEquals(DiagramLayout.layout(scene), DiagramLayout.layout(scene));
	}

	/** Whether the node is a member of the group, or of a group inside it. */
	private static boolean isInside(Diagram diagram, PlacedNode node, PlacedNode group) {
		for (String parent = node.node().parent(); parent != null; parent = diagram.node(parent).node().parent()) {
			if (parent.equals(group.node().id())) {
				return true;
			}
		}
		return false;
	}

	private static void assertSound(Diagram diagram) {
		String figure = diagram.scene().fileName();
		Box page = new Box(0, 0, diagram.width(), diagram.height());
		List<PlacedNode> nodes = diagram.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			PlacedNode node = nodes.get(i);
			assertTrue(page.contains(node.box()), figure + ": " + node.node().id() + " lies off the page");
			for (PlacedNode other : nodes.subList(i + 1, nodes.size())) {
				if (isInside(diagram, other, node) || isInside(diagram, node, other)) {
					PlacedNode group = isInside(diagram, other, node) ? node : other;
					assertTrue(group.box().contains((group == node ? other : node).box()), figure + ": a group encloses its members");
				} else {
					assertFalse(node.box().overlaps(other.box()), figure + ": " + node.node().id() + " overlaps " + other.node().id());
				}
			}
		}
		for (PlacedEdge edge : diagram.edges()) {
			List<Point> points = edge.points();
			assertTrue(points.size() >= 2, figure + ": " + edge.edge().id() + " has no route");
			Box source = diagram.node(edge.edge().source()).box();
			Box target = diagram.node(edge.edge().target()).box();
			assertTrue(source.hasOnBorder(points.get(0), TOLERANCE), figure + ": " + edge.edge().id() + " starts off its source");
			assertTrue(target.hasOnBorder(points.get(points.size() - 1), TOLERANCE), figure + ": " + edge.edge().id() + " ends off its target");
			points.forEach(point -> assertTrue(point.x() >= 0 && point.y() >= 0 && point.x() <= diagram.width() && point.y() <= diagram.height(),
					figure + ": " + edge.edge().id() + " leaves the page"));
			if (edge.label() != null) {
				assertTrue(page.contains(edge.label()), figure + ": the label of " + edge.edge().id() + " lies off the page");
				for (PlacedNode node : nodes) {
					assertFalse(!node.node().isGroup() && node.box().overlaps(edge.label()),
							figure + ": the label of " + edge.edge().id() + " covers " + node.node().id());
				}
			}
		}
	}
}
