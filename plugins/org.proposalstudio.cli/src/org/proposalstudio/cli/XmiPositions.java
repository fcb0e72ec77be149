package org.proposalstudio.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.proposalstudio.model.io.Messages;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
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

	/** The deepest an element of a proposal model lies in its XMI (a figure's unrolling is the fourth level), with room. */
	private static final int DEEPEST = 16;

	/** No DTD: an XMI file has none, and one could expand entities without end or read other files. */
	static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private final Path file;
	private final Map<String, String> positions;
	/** Each reference within the file, by the position of the element that holds it. */
	private final List<Map.Entry<String, String>> references;

	private XmiPositions(Path file, Map<String, String> positions, List<Map.Entry<String, String>> references) {
		this.file = file;
		this.positions = positions;
		this.references = references;
	}

	/**
	 * The positions of the elements of a file, and the references within the file that its attributes named
	 * {@code referenceNames} hold; none of either when it cannot be parsed.
	 */
	static XmiPositions of(Path file, Set<String> referenceNames) {
		Map<String, String> positions = new HashMap<>();
		List<Map.Entry<String, String>> references = new ArrayList<>();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			try {
				factory.newSAXParser().parse(file.toFile(), new Recorder(positions, referenceNames, references));
			} catch (UnsupportedEncodingException unknown) {
				// EMF reads a file that declares an encoding Java does not know as UTF-8: so must its positions be
				positions.clear();
				references.clear();
				try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					factory.newSAXParser().parse(new InputSource(text), new Recorder(positions, referenceNames, references));
				}
			}
		} catch (SAXException | IOException | ParserConfigurationException unparsable) {
			// EMF reports what makes the file unreadable, with its position; without positions, problems are reported at the file
		}
		return new XmiPositions(file, positions, references);
	}

	/**
	 * Each reference within the file that points at no element of it, as {@code file:line:column: ...}: EMF fails on
	 * one such as {@code //@nowhere.0} with no position, and on the first only.
	 */
	List<String> danglingReferences() {
		return references.stream().filter(reference -> !positions.containsKey(reference.getValue()))
				.map(reference -> file + ":" + reference.getKey() + ": a reference points at no element of the file: "
						+ Messages.quote(reference.getValue()))
				.toList();
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
		private final Set<String> referenceNames;
		private final List<Map.Entry<String, String>> references;
		private final Deque<String> fragments = new ArrayDeque<>();
		private final Deque<Map<String, Integer>> counts = new ArrayDeque<>();
		/** How far below {@link #DEEPEST} the parser is. */
		private int depthBeyond;
		private Locator locator;

		Recorder(Map<String, String> positions, Set<String> referenceNames, List<Map.Entry<String, String>> references) {
			this.positions = positions;
			this.referenceNames = referenceNames;
			this.references = references;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
			if (fragments.size() >= DEEPEST) {
				// deeper than any element of the metamodel: EMF reports it; its paths, each longer than its parent's, are not kept
				depthBeyond++;
				return;
			}
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
			for (int i = 0; i < attributes.getLength(); i++) {
				if (referenceNames.contains(attributes.getLocalName(i))) {
					// a reference within the file is a fragment; one into another file has the file before a '#'
					for (String target : attributes.getValue(i).trim().split("\\s+")) {
						if (!target.isEmpty() && !target.contains("#")) {
							references.add(Map.entry(position, target));
						}
					}
				}
			}
			fragments.push(fragment);
			counts.push(new HashMap<>());
		}

		@Override
		public void endElement(String uri, String localName, String qualifiedName) {
			if (depthBeyond > 0) {
				depthBeyond--;
				return;
			}
			fragments.pop();
			counts.pop();
		}
	}
}
