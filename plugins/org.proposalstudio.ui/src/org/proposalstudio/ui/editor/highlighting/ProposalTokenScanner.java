package org.proposalstudio.ui.editor.highlighting;

import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.proposalstudio.language.ide.highlighting.ProposalTokens.StyledToken;
import org.proposalstudio.ui.editor.LanguageServices;

/**
 * Lexical highlighting for the Platform's presentation reconciler: the language's tokens of the document, clipped to
 * the range asked for. The whole text is lexed, once per text, which gets tokens that start before the range (a long
 * comment, a long string) right.
 */
public final class ProposalTokenScanner implements ITokenScanner {

	private final LanguageServices services;
	private Iterator<StyledToken> tokens = List.<StyledToken>of().iterator();
	private String lexedText;
	private List<StyledToken> lexed = List.of();
	private int rangeStart;
	private int rangeEnd;
	private int tokenOffset;
	private int tokenLength;

	public ProposalTokenScanner(LanguageServices services) {
		this.services = services;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		rangeStart = offset;
		rangeEnd = offset + length;
		tokens = tokensOf(document.get()).stream().filter(token -> token.offset() + token.length() > rangeStart && token.offset() < rangeEnd)
				.iterator();
	}

	/** The tokens of a text, lexed once for the damager, which compares them, and the repairer, which styles them. */
	List<StyledToken> tokensOf(String text) {
		if (!text.equals(lexedText)) {
			lexed = LanguageServices.guarded("Highlighting the tokens of the text", () -> services.tokens().tokens(text), List.of());
			lexedText = text;
		}
		return lexed;
	}

	@Override
	public IToken nextToken() {
		if (!tokens.hasNext()) {
			return Token.EOF;
		}
		StyledToken token = tokens.next();
		tokenOffset = Math.max(token.offset(), rangeStart);
		tokenLength = Math.min(token.offset() + token.length(), rangeEnd) - tokenOffset;
		TextAttribute attribute = ProposalStyles.attributeOf(List.of(token.style()));
		return attribute == null ? Token.UNDEFINED : new Token(attribute);
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
