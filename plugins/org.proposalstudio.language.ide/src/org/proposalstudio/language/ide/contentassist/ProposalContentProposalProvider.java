package org.proposalstudio.language.ide.contentassist;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.proposalstudio.language.services.ProposalGrammarAccess;

import com.google.inject.Inject;

/**
 * Xtext's proposals from the grammar (keywords, and names in scope at a reference), and where a proposal or a
 * component argument may begin, {@link ProposalTemplates templates} for a whole one.
 */
public class ProposalContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private ProposalGrammarAccess grammar;

	@Inject
	private ProposalTemplates templates;

	@Override
	protected void createProposals(AbstractElement element, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(element, context, acceptor);
		if (element == grammar.getProposalAccess().getProposalKeyword_0()) {
			templates.proposeProposal(context, acceptor);
		} else if (element == grammar.getComponentArgumentAccess().getComponentAssignment_0_0_0()) {
			// the first of the four alternatives stands for all of them: one set of templates
			templates.proposeArguments(context, acceptor);
		}
	}
}
