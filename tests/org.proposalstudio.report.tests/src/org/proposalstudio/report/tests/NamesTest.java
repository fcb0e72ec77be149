package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.report.Names;

/** File names and anchors: safe in a relative link, unique even where case is ignored. */
class NamesTest {

	@Test
	void onlyLettersDigitsDashAndUnderscoreRemain() {
		assertEquals("M__", Names.safe("M''"));
		assertEquals("_-agent", Names.safe("π-agent"));
		assertEquals("a_b_c", Names.safe("a/b c"));
		assertEquals("unnamed", Names.safe(""));
		assertEquals("unnamed", Names.safe(null));
	}

	@Test
	void aNameGivenAlreadyGetsANumberAlsoInAnotherCase() {
		Names names = new Names("index");
		assertEquals(List.of("index-2", "A", "a-2", "A-3", "M_", "M_-2"),
				List.of(names.unique("index"), names.unique("A"), names.unique("a"), names.unique("A"), names.unique("M'"), names.unique("M_")));
	}
}
