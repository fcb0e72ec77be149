package org.proposalstudio.language.server.tests;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.lsp4j.services.LanguageServer;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureDrawing;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureList;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;
import org.proposalstudio.language.server.diagram.FigureMessages.FiguresParams;

/** The server as a client sees it: the protocol, and the figure requests. */
@JsonSegment("proposal")
interface ProposalServer extends LanguageServer {

	@JsonRequest
	CompletableFuture<FigureList> figures(FiguresParams params);

	@JsonRequest
	CompletableFuture<FigureDrawing> figure(FigureParams params);
}
