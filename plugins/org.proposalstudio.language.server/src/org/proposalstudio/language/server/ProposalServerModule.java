package org.proposalstudio.language.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;
import com.google.inject.Module;

/**
 * Xtext's language server, hosting the proposal language only: the language is registered by
 * {@link ProposalServerSetup} itself rather than found through {@code META-INF/services}, so that the class path
 * cannot bring a second setup of it.
 */
public final class ProposalServerModule extends AbstractModule {

	private ProposalServerModule() {
	}

	/** Xtext's server module with ours over it. */
	public static Module create() {
		return Modules2.mixin(new ServerModule(), new ProposalServerModule());
	}

	@Override
	protected void configure() {
		bind(LanguageServerImpl.class).to(ProposalLanguageServer.class);
		bind(IResourceServiceProvider.Registry.class).toProvider(ProposalLanguages.class);
		bind(SemanticTokensService.class).to(ProposalSemanticTokens.class);
	}
}
