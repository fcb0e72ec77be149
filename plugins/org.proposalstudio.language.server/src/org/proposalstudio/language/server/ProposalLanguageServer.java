package org.proposalstudio.language.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.checks.ProposalsProperties;

import com.google.inject.Inject;

/**
 * Xtext's language server for proposals. What it adds: diagnostics in the words of the command line (check ids,
 * links to their documentation, where an inherited finding comes from), severities that follow edits of
 * {@value ProposalsProperties#FILE_NAME} and the problems of its lines as its own diagnostics, and requests about documents the server does not know, or positions past
 * their end, answered with a clean protocol error instead of whatever the services would throw.
 */
public class ProposalLanguageServer extends LanguageServerImpl {

	@Inject
	private ProposalDiagnostics diagnostics;

	@Inject
	private UriExtensions uriExtensions;

	private URI baseDir;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		diagnostics.initialize(params);
		baseDir = getBaseDir(params);
		return super.initialize(params);
	}

	/** Once the client listens: the problems of the settings files of the workspace folder. */
	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		if (baseDir != null && baseDir.isFile()) {
			SettingsDiagnostics.below(Path.of(baseDir.toFileString())).forEach(this::publishSettings);
		}
	}

	private void publishSettings(Path file) {
		getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(file.toUri().toString(), SettingsDiagnostics.of(file)));
	}

	@Override
	protected org.eclipse.lsp4j.Diagnostic toDiagnostic(Issue issue) {
		return diagnostics.toDiagnostic(super.toDiagnostic(issue), issue, getWorkspaceManager());
	}

	/**
	 * A changed {@value ProposalsProperties#FILE_NAME} changes the severities of every proposal file below its folder:
	 * they are validated again, as if they had changed; its own problems are published again.
	 */
	@Override
	protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
		List<URI> dirty = new ArrayList<>();
		List<URI> deleted = new ArrayList<>();
		for (FileEvent change : params.getChanges()) {
			URI uri = uriExtensions.toUri(change.getUri());
			if (ProposalsProperties.FILE_NAME.equals(uri.lastSegment())) {
				dirty.addAll(proposalFilesBelow(uri.trimSegments(1)));
				if (uri.isFile()) {
					publishSettings(Path.of(uri.toFileString()));
				}
			} else if (getResourceServiceProvider(uri) != null && !getWorkspaceManager().isDocumentOpen(uri)) {
				(change.getType() == FileChangeType.Deleted ? deleted : dirty).add(uri);
			}
		}
		return getWorkspaceManager().didChangeFiles(dirty, deleted);
	}

	private List<URI> proposalFilesBelow(URI folder) {
		List<URI> files = new ArrayList<>();
		String prefix = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
		for (IResourceDescription description : getWorkspaceManager().getIndex().getAllResourceDescriptions()) {
			if (description.getURI().toString().startsWith(prefix)) {
				files.add(description.getURI());
			}
		}
		return files;
	}

	/** Requests name documents the server holds: open ones, or files of the workspace folder. */
	@Override
	protected URI getURI(TextDocumentIdentifier document) {
		if (document == null || document.getUri() == null) {
			throw Requests.invalid("the request names no text document");
		}
		URI uri = super.getURI(document);
		if (getResourceServiceProvider(uri) == null) {
			throw Requests.invalid(document.getUri() + " is not a proposal file");
		}
		if (!getWorkspaceManager().isDocumentOpen(uri) && getWorkspaceManager().getIndex().getResourceDescription(uri) == null) {
			throw Requests.invalid(document.getUri() + " is neither open nor a file of the workspace");
		}
		return uri;
	}

	/**
	 * A position past the end of its line means the line's end, as the protocol says; a line past the end of the
	 * document is an error, not a search through the services for whatever they make of it.
	 */
	@Override
	protected URI getURI(TextDocumentPositionParams params) {
		URI uri = getURI(params.getTextDocument());
		Position position = params.getPosition();
		if (position == null) {
			throw Requests.invalid("the request names no position");
		}
		Document document = getWorkspaceManager().doRead(uri, (text, resource) -> text);
		if (document != null) {
			params.setPosition(Requests.clamp(document, position));
		}
		return uri;
	}
}
