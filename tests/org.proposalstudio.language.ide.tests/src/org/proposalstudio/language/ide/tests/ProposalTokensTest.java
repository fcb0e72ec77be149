package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.highlighting.ProposalHighlightingStyles;
import org.proposalstudio.language.ide.highlighting.ProposalTokens;
import org.proposalstudio.language.ide.highlighting.ProposalTokens.StyledToken;

/** Lexical highlighting: the language's own lexer, its keywords taken from the grammar. */
class ProposalTokensTest {

	private final ProposalTokens tokens = Ide.get(ProposalTokens.class);

	private static final String TEXT = """
			// the paper's §3
			proposal P "title" section 3 cites 17, 18 {
				oversight o: H oversees M continuously using transparency-tools
			}
			""";

	@Test
	void keywordsStringsCommentsAndNumbersHaveTheirStyles() {
		assertEquals(ProposalHighlightingStyles.COMMENT, styleOf("// the paper's §3\n"), "a line comment ends with its line");
		assertEquals(ProposalHighlightingStyles.KEYWORD, styleOf("proposal"));
		assertEquals(ProposalHighlightingStyles.KEYWORD, styleOf("oversees"));
		assertEquals(ProposalHighlightingStyles.KEYWORD, styleOf("transparency-tools"), "an enumeration literal is a keyword");
		assertEquals(ProposalHighlightingStyles.STRING, styleOf("\"title\""));
		assertEquals(ProposalHighlightingStyles.NUMBER, styleOf("17"));
		assertEquals(ProposalHighlightingStyles.PUNCTUATION, styleOf("{"));
		assertEquals(ProposalHighlightingStyles.DEFAULT, styleOf("P"));
	}

	@Test
	void tokensCoverTheTextWithoutGaps() {
		String text = TEXT + "# not a token of the language\n";
		int expected = 0;
		for (StyledToken token : tokens.tokens(text)) {
			assertEquals(expected, token.offset(), "a token starts where the last one ended");
			expected = token.offset() + token.length();
		}
		assertEquals(text.length(), expected);
	}

	private String styleOf(String word) {
		int offset = TEXT.indexOf(word);
		List<StyledToken> at = tokens.tokens(TEXT).stream().filter(token -> token.offset() == offset).toList();
		assertEquals(1, at.size(), word);
		assertEquals(word.length(), at.get(0).length(), word);
		return at.get(0).style();
	}
}
