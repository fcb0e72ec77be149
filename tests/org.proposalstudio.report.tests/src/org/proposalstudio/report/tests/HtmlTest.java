package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.proposalstudio.report.Html;
import org.w3c.dom.Document;

/** The HTML writer: escaping, and pages a strict XML parser reads. */
class HtmlTest {

	@Test
	void markupCharactersAreEscapedInTextAndAttributes() {
		assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", Html.escape("<script>alert('x')</script> & \"q\""));
		String page = Html.page("T", "style.css").element("p", "a < b", "title", "\"x\" & 'y'").finish();
		assertTrue(page.contains("<p title=\"&quot;x&quot; &amp; &#39;y&#39;\">a &lt; b</p>"), page);
	}

	@Test
	void charactersXmlCannotHoldBecomeReplacementCharacters() {
		assertEquals("a\uFFFDb\tc\nd", Html.escape("a\u0001b\tc\nd"));
		assertEquals("\uFFFD", Html.escape("\uD800"), "an unpaired surrogate");
		assertEquals("\uD83D\uDE00", Html.escape("\uD83D\uDE00"), "a pair is kept");
	}

	@Test
	void aPageIsWellFormedWithItsHeadAndEveryElementClosed() {
		String page = Html.page("Title & more", "style.css").open("main").element("h1", "x").empty("br").finish();
		assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
		Document document = Site.parse("page", page);
		assertEquals("Title & more", Site.elements(document, "title").get(0).getTextContent());
		assertEquals("style.css", Site.elements(document, "link").get(0).getAttribute("href"));
		assertTrue(Site.elements(document, "meta").stream().anyMatch(meta -> meta.getAttribute("content").contains("script-src 'none'")));
		assertTrue(page.endsWith("</main>\n</body>\n</html>\n"), page);
	}

	@Test
	void misuseIsCaughtWhenWriting() {
		assertThrows(IllegalStateException.class, () -> new Html().open("div").close("p"));
		assertThrows(IllegalArgumentException.class, () -> new Html().empty("div"));
		assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href"));
	}

	@Test
	void anAttributeWithoutValueIsLeftOut() {
		assertEquals("<a href=\"x\">y</a>", new Html().link("x", "y", "title", null).finish());
	}
}
