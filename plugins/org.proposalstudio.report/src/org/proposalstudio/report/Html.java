package org.proposalstudio.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.proposalstudio.diagram.render.XmlText;

/**
 * Writes HTML that is also well-formed XML: every element closed, every attribute quoted, only the five XML entities,
 * and every text and attribute value escaped. Elements are opened and closed in pairs, which it checks.
 */
public final class Html {

	private static final List<String> VOID_ELEMENTS = List.of("meta", "link", "br", "hr", "img");
	private static final List<String> BLOCK_ELEMENTS = List.of("html", "head", "body", "header", "main", "footer", "nav", "section",
			"article", "div", "table", "thead", "tbody", "tr", "ul", "ol", "figure", "dl");

	private final StringBuilder out = new StringBuilder();
	private final Deque<String> open = new ArrayDeque<>();

	/** The start of a page: doctype, head with the title and the stylesheet, and the opened body. */
	public static Html page(String title, String stylesheet) {
		return start(title, html -> html.empty("link", "rel", "stylesheet", "href", stylesheet));
	}

	/** The start of a page that carries its own style sheet, for a page that is a file on its own. */
	public static Html standalonePage(String title, String css) {
		return start(title, html -> html.open("style").markup(css).close("style"));
	}

	private static Html start(String title, Consumer<Html> style) {
		Html html = new Html();
		html.out.append("<!DOCTYPE html>\n");
		html.open("html", "lang", "en");
		html.open("head");
		html.empty("meta", "charset", "utf-8");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		// the report runs no script; should escaping ever fail, the browser still refuses to run one
		html.empty("meta", "http-equiv", "Content-Security-Policy", "content", "script-src 'none'; object-src 'none'; base-uri 'none'");
		html.empty("meta", "name", "generator", "content", "Proposal Studio");
		html.element("title", title);
		style.accept(html);
		html.close("head");
		html.open("body");
		return html;
	}

	/** Opens an element; attributes are name and value pairs, and a pair whose value is null is left out. */
	public Html open(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		if (BLOCK_ELEMENTS.contains(tag)) {
			out.append('\n');
		}
		open.push(tag);
		return this;
	}

	/** Closes the innermost open element, which must be {@code tag}. */
	public Html close(String tag) {
		String innermost = open.pop();
		if (!innermost.equals(tag)) {
			throw new IllegalStateException("closing <" + tag + "> while <" + innermost + "> is open");
		}
		out.append("</").append(tag).append('>');
		if (BLOCK_ELEMENTS.contains(tag) || List.of("h1", "h2", "h3", "p", "li", "td", "th", "figcaption", "title", "dt", "dd").contains(tag)) {
			out.append('\n');
		}
		return this;
	}

	/** An element with only text in it. */
	public Html element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	/** A link with text. */
	public Html link(String href, String text, String... attributes) {
		String[] all = new String[attributes.length + 2];
		all[0] = "href";
		all[1] = href;
		System.arraycopy(attributes, 0, all, 2, attributes.length);
		return element("a", text, all);
	}

	/** An element without content, written as {@code <meta ... />}. */
	public Html empty(String tag, String... attributes) {
		if (!VOID_ELEMENTS.contains(tag)) {
			throw new IllegalArgumentException("<" + tag + "> is not a void element; open and close it");
		}
		out.append('<').append(tag);
		attributes(attributes);
		out.append("/>");
		if (!tag.equals("br")) {
			out.append('\n');
		}
		return this;
	}

	/** Text, escaped; null is nothing. */
	public Html text(String text) {
		if (text != null) {
			out.append(escape(text));
		}
		return this;
	}

	/** Markup that is well-formed already, such as an SVG drawing; never model text. */
	public Html markup(String markup) {
		out.append(markup);
		return this;
	}

	/** The page, once every element is closed. */
	public String finish() {
		while (!open.isEmpty()) {
			close(open.peek());
		}
		return out.toString();
	}

	private void attributes(String[] attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name and value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
			}
		}
	}

	/** Escapes text for an element's content or a quoted attribute value, as {@link XmlText} does for the drawings. */
	public static String escape(String text) {
		return XmlText.escape(text);
	}
}
