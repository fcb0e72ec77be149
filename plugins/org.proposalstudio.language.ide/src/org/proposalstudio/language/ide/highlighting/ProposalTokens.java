package org.proposalstudio.language.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Lexical highlighting: the text cut into the language's own tokens, each with the style of its token type. Keywords
 * are whatever the grammar declares as keywords, so nothing here lists them.
 */
public class ProposalTokens {

	/** A token of the text and its style, one of {@link ProposalHighlightingStyles}' lexical ones. */
	public record StyledToken(int offset, int length, String style) {
	}

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	@Inject
	private AbstractAntlrTokenToAttributeIdMapper styles;

	/** Every token of {@code text}, whitespace included, in order and without gaps. */
	public List<StyledToken> tokens(String text) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<StyledToken> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int length = common.getStopIndex() - common.getStartIndex() + 1;
			if (length > 0) {
				tokens.add(new StyledToken(common.getStartIndex(), length, styles.getId(token.getType())));
			}
		}
		return tokens;
	}
}
