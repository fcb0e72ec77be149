package org.proposalstudio.language.server.diagram;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.lsp4j.services.LanguageServer;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureDrawing;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureList;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;
import org.proposalstudio.language.server.diagram.FigureMessages.FiguresParams;

/**
 * The server as a Java client sees it: the protocol and the figure requests that {@link ProposalFigures} answers, as
 * the remote interface of an LSP4J client's launcher (a request LSP4J's client does not know by its type comes back
 * without its result).
 */
@JsonSegment("proposal")
public interface FigureRequests extends LanguageServer {

	@JsonRequest
	CompletableFuture<FigureList> figures(FiguresParams params);

	@JsonRequest
	CompletableFuture<FigureDrawing> figure(FigureParams params);
}
