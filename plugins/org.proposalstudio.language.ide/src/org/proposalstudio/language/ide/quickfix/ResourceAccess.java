package org.proposalstudio.language.ide.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.proposalstudio.language.ide.Documents;

/**
 * The one resource a quick fix works on, offered the way Xtext's quick fix API reads resources: in process, with no
 * language server behind it. The caller already holds whatever lock guards the resource.
 */
final class ResourceAccess implements ILanguageServerAccess {

	private final XtextResource resource;

	ResourceAccess(XtextResource resource) {
		this.resource = resource;
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> work) {
		return work.apply(new Context(resource, Documents.of(resource), true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> work) {
		return CompletableFuture.completedFuture(doSyncRead(uri, work));
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return resource.getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return new InitializeParams();
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> work) {
		throw new UnsupportedOperationException("quick fixes of proposals read no index");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		throw new UnsupportedOperationException("there is no build in process");
	}

	@Override
	public LanguageClient getLanguageClient() {
		throw new UnsupportedOperationException("there is no language client in process");
	}

	@Override
	public InitializeResult getInitializeResult() {
		throw new UnsupportedOperationException("there is no language server in process");
	}
}
