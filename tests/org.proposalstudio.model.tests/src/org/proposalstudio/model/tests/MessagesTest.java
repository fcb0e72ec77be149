package org.proposalstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proposalstudio.model.io.Messages;

/** Messages on one line: what is escaped, and what is left as it is. */
class MessagesTest {

	@Test
	void aMessageWithNothingToEscapeIsReturnedAsItIs() {
		String message = "Proposal 'P' has no inner alignment argument (§1), « naïve » — 模型";
		assertSame(message, Messages.oneLine(message));
	}

	@ParameterizedTest(name = "U+{0}")
	@CsvSource({ "000A, \\n", "000D, \\r", "0009, \\t", "0000, \\u0000", "001B, \\u001B", "007F, \\u007F", "0085, \\u0085",
			"009F, \\u009F", "2028, \\u2028", "2029, \\u2029", "202A, \\u202A", "202E, \\u202E", "2066, \\u2066", "2069, \\u2069",
			"FEFF, \\uFEFF" })
	void aCharacterThatWouldBreakOrHideTextIsEscapedWhereItIs(String codePoint, String escape) {
		char character = (char) Integer.parseInt(codePoint, 16);
		assertEquals("before " + escape + " after " + escape, Messages.oneLine("before " + character + " after " + character));
	}

	@Test
	void theCharactersNextToThoseEscapedAreKept() {
		String neighbours = " ~\u00A0\u00A1\u2027\u202F\u2065\u206A\uFEFE\uFF00";
		assertSame(neighbours, Messages.oneLine(neighbours));
	}

	@Test
	void noMessageIsAnEmptyLine() {
		assertEquals("", Messages.oneLine(null));
	}
}
