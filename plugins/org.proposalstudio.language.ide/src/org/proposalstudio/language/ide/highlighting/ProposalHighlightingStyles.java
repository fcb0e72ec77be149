package org.proposalstudio.language.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The styles of the language's highlighting, by id. Lexical styles come from the token types (Xtext's ids: keyword,
 * string, comment, number, punctuation); semantic ones from the model. A name can carry several: a declared human's
 * name is {@link #DECLARATION} and {@code kind.human} ({@link org.proposalstudio.language.ide.DeclarationKind#styleId()}).
 */
public final class ProposalHighlightingStyles {

	public static final String KEYWORD = HighlightingStyles.KEYWORD_ID;
	public static final String STRING = HighlightingStyles.STRING_ID;
	public static final String COMMENT = HighlightingStyles.COMMENT_ID;
	public static final String NUMBER = HighlightingStyles.NUMBER_ID;
	public static final String PUNCTUATION = HighlightingStyles.PUNCTUATION_ID;
	public static final String DEFAULT = HighlightingStyles.DEFAULT_ID;
	public static final String INVALID = HighlightingStyles.INVALID_TOKEN_ID;

	/** A name where it is declared. */
	public static final String DECLARATION = "declaration";
	/** A name where it refers to a declaration. */
	public static final String REFERENCE = "reference";
	/** A reference number of the paper's bibliography, after {@code cites}. */
	public static final String CITATION = "citation";

	private ProposalHighlightingStyles() {
	}
}
