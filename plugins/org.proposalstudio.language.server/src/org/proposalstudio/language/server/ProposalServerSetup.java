package org.proposalstudio.language.server;

import org.eclipse.xtext.util.Modules2;
import org.proposalstudio.language.ProposalRuntimeModule;
import org.proposalstudio.language.ide.ProposalIdeModule;
import org.proposalstudio.language.ide.ProposalIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language as the language server hosts it: the runtime and the ide services every editor shares, and what only
 * the protocol needs on top of them ({@link ProposalServerLanguageModule}).
 */
public class ProposalServerSetup extends ProposalIdeSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(
				Modules2.mixin(new ProposalRuntimeModule(), new ProposalIdeModule(), new ProposalServerLanguageModule()));
	}
}
