package org.proposalstudio.language.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Provider;
import com.google.inject.Singleton;

/** The languages the server hosts: proposals, set up with {@link ProposalServerSetup}, once per server. */
@Singleton
final class ProposalLanguages implements Provider<IResourceServiceProvider.Registry> {

	static final String EXTENSION = "proposal";

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			IResourceServiceProvider language = new ProposalServerSetup().createInjectorAndDoEMFRegistration()
					.getInstance(IResourceServiceProvider.class);
			registry = new ResourceServiceProviderRegistryImpl();
			registry.getExtensionToFactoryMap().put(EXTENSION, language);
		}
		return registry;
	}
}
