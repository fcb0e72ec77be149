package org.proposalstudio.updatesite.tests;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The little DOM reading that p2 profiles and feature.xml need. */
final class Xml {

	private Xml() {
	}

	static Element parse(InputStream in, String what) throws IOException {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("Cannot parse " + what, e);
		}
	}

	/** The elements named {@code name} inside the direct child {@code container} of {@code parent}. */
	static List<Element> children(Element parent, String container, String name) {
		List<Element> result = new ArrayList<>();
		for (Element c : children(parent, container)) {
			result.addAll(children(c, name));
		}
		return result;
	}

	/** The direct child elements of {@code parent} named {@code name}. */
	static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getTagName())) {
				result.add(e);
			}
		}
		return result;
	}
}
