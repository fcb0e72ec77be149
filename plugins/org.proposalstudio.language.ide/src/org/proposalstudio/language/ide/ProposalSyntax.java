package org.proposalstudio.language.ide;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
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

	/**
	 * The keywords after which the grammar expects a name that refers to a declaration: {@code trains},
	 * {@code oversees}, {@code on} (of 'relies on'), the comma of a list of names ...
	 */
	public Set<String> keywordsBeforeReferences() {
		Set<String> keywords = new TreeSet<>();
		for (Group group : EcoreUtil2.eAllOfType(grammar.getGrammar(), Group.class)) {
			List<AbstractElement> elements = group.getElements();
			for (int i = 0; i + 1 < elements.size(); i++) {
				if (elements.get(i) instanceof Keyword keyword && elements.get(i + 1) instanceof Assignment assignment
						&& assignment.getTerminal() instanceof CrossReference) {
					keywords.add(keyword.getValue());
				}
			}
		}
		return keywords;
	}

	/** The brackets that match: the ide services' pairs that the grammar uses as keywords. */
	public List<BracePair> bracePairs() {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		return braces.getPairs().stream()
				.filter(pair -> keywords.contains(pair.getLeftBrace()) && keywords.contains(pair.getRightBrace())).toList();
	}
}
