package org.proposalstudio.safetycase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diagram.layout.Diagram;
import org.proposalstudio.diagram.layout.Diagram.PlacedNode;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneNode;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.diagram.ArgumentScenes;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A safety case drawn by the diagram engine in GSN: a node of the right kind for each element, laid out soundly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ArgumentScenesTest {

	@Inject
	private Injector injector;

	@Test
	void eachElementIsDrawnAsItsKindAndLeadsToTheModel() throws Exception {
		SafetyCase s3 = Cases.ofExamples(injector).get(SafetyCasesTest.S3);
		Scene scene = ArgumentScenes.sceneOf(s3);
		assertEquals(SafetyCasesTest.S3 + "-safety-case", scene.fileName());
		Map<String, Element> groups = nodeGroups(SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(scene), Theme.LIGHT)));
		for (ArgumentElement element : s3.elements()) {
			Element group = groups.get("node-" + element.id());
			assertEquals(element.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), group.getAttribute("data-kind"), element.id());
			assertEquals(element.source() == null ? "" : element.source(), group.getAttribute("data-element"), element.id());
			assertEquals(element.undeveloped(), group.getAttribute("class").contains("undeveloped"), element.id());
		}
		assertTrue(groups.get("node-G_" + SafetyCasesTest.S3 + "_intermittentOversight").getAttribute("class").contains("defeated"));
		assertEquals("rect", firstShape(groups.get("node-G_" + SafetyCasesTest.S3)));
		assertEquals("polygon", firstShape(groups.get("node-S_" + SafetyCasesTest.S3 + "_components")));
		assertEquals("ellipse", firstShape(groups.get("node-Sn_" + SafetyCasesTest.S3 + "_imitationLoss")));
		assertEquals("ellipse", firstShape(groups.get("node-J_" + SafetyCasesTest.S3 + "_components")));
	}

	@Test
	void aContextSeveralElementsShareIsDrawnBesideEach() {
		SafetyCase s3 = Cases.ofExamples(injector).get(SafetyCasesTest.S3);
		List<SceneNode> limits = ArgumentScenes.sceneOf(s3).nodes().stream().filter(node -> node.id().startsWith("C_" + SafetyCasesTest.S3 + "_hch"))
				.toList();
		assertEquals(List.of("C_" + SafetyCasesTest.S3 + "_hch", "C_" + SafetyCasesTest.S3 + "_hch@G_" + SafetyCasesTest.S3 + "_outer-alignment",
				"C_" + SafetyCasesTest.S3 + "_hch@G_" + SafetyCasesTest.S3 + "_performance-competitiveness"),
				limits.stream().map(SceneNode::id).toList());
		assertTrue(limits.stream().allMatch(node -> node.element().equals(SafetyCasesTest.S3 + ".hch")), "all lead to the limit");
	}

	@Test
	void everyExampleIsLaidOutWithoutOverlaps() {
		for (SafetyCase safetyCase : Cases.ofExamples(injector).values()) {
			Diagram diagram = DiagramLayout.layout(ArgumentScenes.sceneOf(safetyCase));
			List<PlacedNode> nodes = diagram.nodes();
			for (int i = 0; i < nodes.size(); i++) {
				for (PlacedNode other : nodes.subList(i + 1, nodes.size())) {
					assertFalse(nodes.get(i).box().overlaps(other.box()),
							safetyCase.proposal() + ": " + nodes.get(i).node().id() + " overlaps " + other.node().id());
				}
			}
		}
	}

	private static Map<String, Element> nodeGroups(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		Map<String, Element> groups = new HashMap<>();
		NodeList elements = document.getElementsByTagName("g");
		for (int i = 0; i < elements.getLength(); i++) {
			Element group = (Element) elements.item(i);
			if (group.getAttribute("class").startsWith("node ")) {
				groups.put(group.getAttribute("id"), group);
			}
		}
		return groups;
	}

	private static String firstShape(Element group) {
		List<String> names = new ArrayList<>();
		NodeList children = group.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				names.add(child.getTagName());
			}
		}
		return names.get(0);
	}
}
