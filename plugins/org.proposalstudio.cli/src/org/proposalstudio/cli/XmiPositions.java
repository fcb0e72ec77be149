package org.proposalstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where each element of an XMI file starts, so that a problem with a model read from it can be reported at its line
 * and column: EMF keeps no positions. An element is found by its URI fragment, which for XMI's default containment
 * paths ({@code //@proposals.0/@participants.1}, {@code //@proposals.0/@limit}) follows from the nesting and order
 * of the elements. The position is where the parser finished reading the start tag.
 */
final class XmiPositions {

	/** No DTD: an XMI file has none, and one could expand entities without end or read other files. */
	static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private final Path file;
	private final Map<String, String> positions;

	private XmiPositions(Path file, Map<String, String> positions) {
		this.file = file;
		this.positions = positions;
	}

	/** The positions of the elements of a file that EMF has already read; none when it cannot be parsed again. */
	static XmiPositions of(Path file) {
		Map<String, String> positions = new HashMap<>();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			factory.newSAXParser().parse(file.toFile(), new Recorder(positions));
		} catch (SAXException | IOException | ParserConfigurationException unparsable) {
			// EMF read it, so this does not happen; without positions, problems are reported at the file
		}
		return new XmiPositions(file, positions);
	}

	Path file() {
		return file;
	}

	/** {@code file:line:column} of the element, or the file's name alone when its position is unknown. */
	String of(EObject element) {
		String position = positions.get(EcoreUtil.getURI(element).fragment());
		return position == null ? file.toString() : file + ":" + position;
	}

	/** Records each element's fragment, counting the elements of each name below their parent. */
	private static final class Recorder extends DefaultHandler {

		private final Map<String, String> positions;
		private final Deque<String> fragments = new ArrayDeque<>();
		private final Deque<Map<String, Integer>> counts = new ArrayDeque<>();
		private Locator locator;

		Recorder(Map<String, String> positions) {
			this.positions = positions;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
			String position = locator.getLineNumber() + ":" + locator.getColumnNumber();
			String fragment;
			if (fragments.isEmpty()) {
				fragment = "/";
			} else {
				int index = counts.peek().merge(localName, 1, Integer::sum) - 1;
				String parent = fragments.peek();
				String path = (parent.equals("/") ? "//@" : parent + "/@") + localName;
				fragment = path + "." + index;
				if (index == 0) {
					// a single-valued feature's element has no index
					positions.putIfAbsent(path, position);
				}
			}
			positions.putIfAbsent(fragment, position);
			fragments.push(fragment);
			counts.push(new HashMap<>());
		}

		@Override
		public void endElement(String uri, String localName, String qualifiedName) {
			fragments.pop();
			counts.pop();
		}
	}
}
