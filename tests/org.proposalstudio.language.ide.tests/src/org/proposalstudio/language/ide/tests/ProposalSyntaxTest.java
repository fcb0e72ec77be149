package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.ProposalSyntax;

/** What an editor reads of the grammar: the comment prefix and the brackets that match. */
class ProposalSyntaxTest {

	private final ProposalSyntax syntax = Ide.get(ProposalSyntax.class);

	@Test
	void aLineCommentStartsWithTwoSlashes() {
		assertEquals("//", syntax.lineCommentPrefix());
	}

	@Test
	void bracesAndParenthesesMatchAndNothingTheGrammarDoesNotUse() {
		assertEquals(List.of("()", "{}"),
				syntax.bracePairs().stream().map(pair -> pair.getLeftBrace() + pair.getRightBrace()).sorted().toList());
	}
}
