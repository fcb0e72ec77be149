package org.proposalstudio.diagram.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a rendered SVG back through its semantic attributes, as a tool would. */
final class SvgReader {

	/** A node, with the participant of the group that encloses it ({@code ""} for none). */
	record SvgNode(String kind, String participant, String element, String group) {
	}

	record SvgEdge(String kind, String source, String target, String element) {
	}

	private final Document document;

	SvgReader(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	String title() {
		return document.getElementsByTagName("title").item(0).getTextContent();
	}

	List<SvgNode> nodes() {
		Map<String, String> participantsById = new HashMap<>();
		groups("node").forEach(group -> participantsById.put(group.getAttribute("id"), group.getAttribute("data-participant")));
		return groups("node").stream()
				.map(group -> new SvgNode(group.getAttribute("data-kind"), group.getAttribute("data-participant"), group.getAttribute("data-element"),
						participantsById.getOrDefault(group.getAttribute("data-group"), "")))
				.toList();
	}

	List<SvgEdge> edges() {
		return groups("edge").stream().map(group -> new SvgEdge(group.getAttribute("data-kind"), group.getAttribute("data-source"),
				group.getAttribute("data-target"), group.getAttribute("data-element"))).toList();
	}

	/** The arrow kinds the legend explains. */
	List<String> legend() {
		return groups("legend-item").stream().map(group -> group.getAttribute("data-kind")).toList();
	}

	private List<Element> groups(String firstClass) {
		List<Element> groups = new ArrayList<>();
		NodeList elements = document.getElementsByTagName("g");
		for (int i = 0; i < elements.getLength(); i++) {
			Element group = (Element) elements.item(i);
			if (group.getAttribute("class").split(" ")[0].equals(firstClass)) {
				groups.add(group);
			}
		}
		return groups;
	}
}
