package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.report.Stylesheet;

/** style.css: self-contained, and every stance and severity has its style. */
class StylesheetTest {

	@Test
	void theStylesheetLoadsNothingFromElsewhere() {
		assertFalse(Stylesheet.css().contains("url("));
		assertFalse(Stylesheet.css().contains("@import"));
	}

	@Test
	void everyStanceAndSeverityIsStyledAndBracesBalance() {
		for (String selector : List.of("td.stance.promising", "td.stance.uncertain", "td.stance.concerning", "td.stance.missing",
				".stance-badge.promising", ".stance-badge.missing", ".severity-badge.error", ".severity-badge.warning", ".severity-badge.info",
				"figure svg.diagram")) {
			assertTrue(Stylesheet.css().contains(selector + " {"), selector);
		}
		assertTrue(Stylesheet.css().chars().filter(c -> c == '{').count() == Stylesheet.css().chars().filter(c -> c == '}').count());
	}
}
