package org.proposalstudio.language.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.proposalstudio.language.parser.antlr.ProposalParser;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.model.Limits;

/**
 * The language's parser, which does not start on a text longer than {@link Limits#MAX_FILE_BYTES} characters: such a
 * text parses to an empty model and one error on its first line, whoever hands it over (the command line, an editor, a
 * language client). Parsing and everything after it is then bounded by the limit.
 */
public class SizeLimitedProposalParser extends ProposalParser {

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
		if (in.size() <= Limits.MAX_FILE_BYTES) {
			return super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
		}
		String text = in.substring(0, in.size() - 1);
		// the model of an empty text, whose text is then all comments: services that walk the nodes find nothing to
		// work on or change
		IParseResult empty = super.doParse(ruleName, new ANTLRStringStream(""), nodeModelBuilder, initialLookAhead);
		ICompositeNode root = empty.getRootNode();
		nodeModelBuilder.setCompleteContent(root, text);
		int firstLineEnd = firstLineEnd(text);
		String message = String.format("This text has %,d characters, more than the %,d that Proposal Studio reads in one file: "
				+ "split it into several files", text.length(), Limits.MAX_FILE_BYTES);
		nodeModelBuilder.newLeafNode(0, firstLineEnd, getGrammarAccess().getML_COMMENTRule(), true,
				new SyntaxErrorMessage(message, ProposalIssueCodes.FILE_TOO_LARGE), root);
		nodeModelBuilder.newLeafNode(firstLineEnd, text.length() - firstLineEnd, getGrammarAccess().getML_COMMENTRule(), true, null,
				root);
		return nodeModelBuilder.createParseResult(empty.getRootASTElement(), root, true);
	}

	private static int firstLineEnd(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				return Math.max(i, 1);
			}
		}
		return text.length();
	}
}
