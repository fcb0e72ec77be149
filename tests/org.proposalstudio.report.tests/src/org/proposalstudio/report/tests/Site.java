package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.proposalstudio.report.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A written report read back as a browser and a strict reader would: every page parsed as XML (the pages are
 * XHTML-compatible HTML5, so a parse error is a malformed page), its ids and its links.
 */
final class Site {

	private final Report report;
	private final Map<String, Document> pages = new LinkedHashMap<>();

	Site(Report report) {
		this.report = report;
		report.files().keySet().stream().filter(file -> file.endsWith(".html")).forEach(file -> pages.put(file, parse(file, report.text(file))));
	}

	Report report() {
		return report;
	}

	/** Parses strictly: any error, even one a lenient parser would recover from, fails. */
	static Document parse(String name, String page) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException exception) throws SAXParseException {
					throw exception;
				}

				@Override
				public void error(SAXParseException exception) throws SAXParseException {
					throw exception;
				}

				@Override
				public void fatalError(SAXParseException exception) throws SAXParseException {
					throw exception;
				}
			});
			return builder.parse(new ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		} catch (SAXParseException e) {
			return fail(name + " is not well-formed at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
		} catch (Exception e) {
			throw new AssertionError(name + " cannot be parsed", e);
		}
	}

	Set<String> pages() {
		return pages.keySet();
	}

	Document page(String file) {
		Document page = pages.get(file);
		assertNotNull(page, () -> "no page " + file + " in " + pages.keySet());
		return page;
	}

	/** Every id on the page; each may appear once only. */
	Set<String> ids(String file) {
		Set<String> ids = new LinkedHashSet<>();
		for (Element element : elements(page(file), "*")) {
			String id = element.getAttribute("id");
			if (!id.isEmpty()) {
				assertTrue(ids.add(id), () -> "the id " + id + " appears twice in " + file);
			}
		}
		return ids;
	}

	/** The element with this id. */
	Element byId(String file, String id) {
		return elements(page(file), "*").stream().filter(element -> element.getAttribute("id").equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no element #" + id + " in " + file));
	}

	/** The hrefs and srcs of the page, in document order. */
	List<String> links(String file) {
		List<String> links = new ArrayList<>();
		for (Element element : elements(page(file), "*")) {
			for (String attribute : List.of("href", "src")) {
				if (element.hasAttribute(attribute)) {
					links.add(element.getAttribute(attribute));
				}
			}
		}
		return links;
	}

	/**
	 * Every link of every page is relative and reaches a file of the report and, with a fragment, an element of that
	 * page; no page runs a script; every page but the index is linked from the index.
	 */
	void assertLinksResolve() {
		for (String file : pages.keySet()) {
			for (String link : links(file)) {
				assertFalse(link.contains(":") || link.startsWith("/") || link.startsWith("\\"), () -> file + " links outside the report: " + link);
				int hash = link.indexOf('#');
				String target = hash < 0 ? link : link.substring(0, hash);
				String targetFile = target.isEmpty() ? file : target;
				assertTrue(report.files().containsKey(targetFile), () -> file + " links to " + link + ", which the report does not have");
				if (hash >= 0) {
					String fragment = link.substring(hash + 1);
					assertTrue(ids(targetFile).contains(fragment), () -> file + " links to " + link + ", but " + targetFile + " has no #" + fragment);
				}
			}
			assertEquals(0, elements(page(file), "script").size(), () -> file + " has a script");
		}
		List<String> fromIndex = links(Report.INDEX).stream().map(link -> link.contains("#") ? link.substring(0, link.indexOf('#')) : link).toList();
		for (String file : pages.keySet()) {
			if (!file.equals(Report.INDEX)) {
				assertTrue(fromIndex.contains(file), () -> file + " is not linked from the index");
			}
		}
	}

	static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagNameNS("*", tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The elements of the page with this class among their classes. */
	List<Element> withClass(String file, String cssClass) {
		return elements(page(file), "*").stream().filter(element -> List.of(element.getAttribute("class").split(" ")).contains(cssClass)).toList();
	}

	/** The text of an element, its white space collapsed as a browser shows it. */
	static String text(Element element) {
		return element.getTextContent().replaceAll("\\s+", " ").strip();
	}
}
