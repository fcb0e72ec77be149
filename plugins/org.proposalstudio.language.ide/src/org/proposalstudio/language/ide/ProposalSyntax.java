package org.proposalstudio.language.ide;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.bracketmatching.BracePair;
import org.eclipse.xtext.ide.editor.bracketmatching.IBracePairProvider;
import org.proposalstudio.language.services.ProposalGrammarAccess;

import com.google.inject.Inject;

/** What an editor needs to know of the language's syntax, read from the grammar: comments and brackets. */
public class ProposalSyntax {

	@Inject
	private ProposalGrammarAccess grammar;

	@Inject
	private IBracePairProvider braces;

	/** What starts a comment to the end of the line: the first keyword of the grammar's SL_COMMENT terminal. */
	public String lineCommentPrefix() {
		AbstractElement body = grammar.getSL_COMMENTRule().getAlternatives();
		AbstractElement first = body instanceof Group group ? group.getElements().get(0) : body;
		return ((Keyword) first).getValue();
	}

	/** The brackets that match: the ide services' pairs that the grammar uses as keywords. */
	public List<BracePair> bracePairs() {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		return braces.getPairs().stream()
				.filter(pair -> keywords.contains(pair.getLeftBrace()) && keywords.contains(pair.getRightBrace())).toList();
	}
}
