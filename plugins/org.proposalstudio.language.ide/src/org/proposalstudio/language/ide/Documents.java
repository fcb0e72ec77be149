package org.proposalstudio.language.ide;

import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The LSP view of a parsed resource that Xtext's ide services take: its text as a {@link Document} and its identifier.
 * The text is the one the resource was parsed from, so offsets of the services and of the node model agree.
 */
public final class Documents {

	private static final UriExtensions URIS = new UriExtensions();

	private Documents() {
	}

	public static String textOf(XtextResource resource) {
		return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
	}

	public static Document of(XtextResource resource) {
		return new Document(0, textOf(resource));
	}

	public static TextDocumentIdentifier identifierOf(XtextResource resource) {
		return new TextDocumentIdentifier(uriOf(resource));
	}

	/** The resource's URI as the services write it in locations. */
	public static String uriOf(org.eclipse.emf.ecore.resource.Resource resource) {
		return URIS.toUriString(resource.getURI());
	}
}
