package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
	void namesFollowTheKeywordsThatIntroduceReferences() {
		assertTrue(syntax.keywordsBeforeReferences().containsAll(List.of("trains", "oversees", "on", "deploy", "extends", ",")),
				syntax.keywordsBeforeReferences().toString());
		assertFalse(syntax.keywordsBeforeReferences().contains("proposal"), "a proposal's name is declared, not referred to");
	}

	@Test
	void bracesAndParenthesesMatchAndNothingTheGrammarDoesNotUse() {
		assertEquals(List.of("()", "{}"),
				syntax.bracePairs().stream().map(pair -> pair.getLeftBrace() + pair.getRightBrace()).sorted().toList());
	}
}
