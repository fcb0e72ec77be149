package org.proposalstudio.language.server;

import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.proposalstudio.language.server.diagram.ProposalFigures;

/**
 * The language's services that only the language server uses: templates as snippets, quick fixes as code actions, rename that refuses a
 * clash, and the figures as custom requests. Everything else the server answers with is the ide services'.
 */
public class ProposalServerLanguageModule extends AbstractGenericModule {

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return ProposalSnippets.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return ProposalCodeActions.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return ProposalRename.class;
	}

	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return ProposalFigures.class;
	}
}
