package org.proposalstudio.cli;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.proposalstudio.language.ide.TextPositions;
import org.proposalstudio.language.server.DiagnosticsClient;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher.Connection;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureEntry;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;
import org.proposalstudio.language.server.diagram.FigureMessages.FiguresParams;
import org.proposalstudio.language.server.diagram.FigureRequests;

/**
 * The language server's part of {@link StartupTraining}: a session as an editor has it, through the protocol's
 * JSON-RPC over a pair of in-memory pipes. The server starts on the examples folder and publishes the diagnostics of
 * every file; a file is opened, gets the requests an editor makes of an open file, a keystroke and its undoing, and
 * its figures; then the server is shut down. So the start-up archive holds the classes of the server's start and
 * first answers, as it holds those of the other commands.
 */
final class LanguageServerTraining {

	/** Far more than a session takes; a server that does not answer in that time fails the training, and the build. */
	private static final long PATIENCE_SECONDS = 120;

	private final Path examples;
	private final Diagnostics diagnostics = new Diagnostics();

	private LanguageServerTraining(Path examples) {
		this.examples = examples;
	}

	/** A session on {@code examples}, with {@code file} (one of its proposal files) opened; fails if the server does not answer. */
	static void run(Path examples, Path file) throws IOException, InterruptedException, ExecutionException, TimeoutException {
		new LanguageServerTraining(examples).session(file);
	}

	private void session(Path file) throws IOException, InterruptedException, ExecutionException, TimeoutException {
		Pipe toServer = Pipe.open();
		Pipe toClient = Pipe.open();
		Connection connection = ProposalLanguageServerLauncher.connect(Channels.newInputStream(toServer.source()),
				Channels.newOutputStream(toClient.sink()));
		Launcher<FigureRequests> launcher = new Launcher.Builder<FigureRequests>().setLocalService(diagnostics)
				.setRemoteInterface(FigureRequests.class).setInput(Channels.newInputStream(toClient.source()))
				.setOutput(Channels.newOutputStream(toServer.sink())).create();
		launcher.startListening();
		FigureRequests server = launcher.getRemoteProxy();
		try {
			answer(server.initialize(initializeParams()));
			server.initialized(new InitializedParams());
			diagnostics.awaitDocuments(proposalFiles());
			openFileSession(server, file);
			answer(server.shutdown());
			server.exit();
			connection.awaitEnd();
		} finally {
			connection.close();
			toServer.sink().close();
			toClient.sink().close();
		}
	}

	private void openFileSession(FigureRequests server, Path file)
			throws IOException, InterruptedException, ExecutionException, TimeoutException {
		String text = Files.readString(file);
		String uri = file.toUri().toString();
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		TextDocumentService documents = server.getTextDocumentService();
		int published = diagnostics.count(uri);
		documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "proposal", 1, text)));
		List<Diagnostic> found = diagnostics.awaitMore(uri, published);

		// a reference: what completion, hover and navigation are asked about most
		TextPositions positions = new TextPositions(text);
		int reference = text.indexOf("relies on ");
		Position at = positions.positionOf(reference < 0 ? 0 : reference + "relies on ".length());
		Position end = positions.positionOf(text.length());
		answer(documents.documentSymbol(new DocumentSymbolParams(document)));
		answer(documents.semanticTokensFull(new SemanticTokensParams(document)));
		answer(documents.foldingRange(new FoldingRangeRequestParams(document)));
		answer(documents.hover(new HoverParams(document, at)));
		answer(documents.completion(new CompletionParams(document, at)));
		answer(documents.definition(new DefinitionParams(document, at)));
		answer(documents.codeAction(new CodeActionParams(document, new Range(new Position(0, 0), end),
				new CodeActionContext(found))));
		answer(documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, false))));

		// a keystroke and its undoing, each validated as an editor's change is
		int version = 1;
		for (String typed : List.of("x", "")) {
			published = diagnostics.count(uri);
			Range range = typed.isEmpty() ? new Range(end, new Position(end.getLine(), end.getCharacter() + 1)) : new Range(end, end);
			documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
					List.of(new TextDocumentContentChangeEvent(range, typed))));
			diagnostics.awaitMore(uri, published);
		}

		// the figures, as the VS Code extension's panel asks for them
		for (FigureEntry figure : answer(server.figures(new FiguresParams(document, at))).figures()) {
			answer(server.figure(new FigureParams(document, figure.proposal(), figure.figure(), "light")));
		}
	}

	private InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		params.setRootUri(examples.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		params.setCapabilities(new ClientCapabilities(null, text, null));
		return params;
	}

	private int proposalFiles() throws IOException {
		try (Stream<Path> files = Files.walk(examples)) {
			return (int) files.filter(path -> path.toString().endsWith(ProposalFiles.EXTENSION)).count();
		}
	}

	private static <T> T answer(CompletableFuture<T> request) throws InterruptedException, ExecutionException, TimeoutException {
		return request.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
	}

	/** The client's end: it counts the diagnostics the server publishes per document, and lets the session wait for them. */
	private static final class Diagnostics implements DiagnosticsClient {

		private final Map<String, Integer> publications = new HashMap<>();
		private final Map<String, List<Diagnostic>> latest = new HashMap<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			publications.merge(params.getUri(), 1, Integer::sum);
			latest.put(params.getUri(), params.getDiagnostics());
			notifyAll();
		}

		synchronized int count(String uri) {
			return publications.getOrDefault(uri, 0);
		}

		/** Waits until {@code documents} proposal files have had their diagnostics published. */
		synchronized void awaitDocuments(int documents) throws InterruptedException, TimeoutException {
			awaitUntil(() -> publications.keySet().stream().filter(uri -> uri.endsWith(ProposalFiles.EXTENSION)).count() >= documents,
					"diagnostics of " + documents + " files");
		}

		/** Waits for a publication for {@code uri} after the first {@code seen}; returns its diagnostics. */
		synchronized List<Diagnostic> awaitMore(String uri, int seen) throws InterruptedException, TimeoutException {
			awaitUntil(() -> count(uri) > seen, "diagnostics of " + uri);
			return latest.get(uri);
		}

		private void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException, TimeoutException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
			while (!condition.getAsBoolean()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new TimeoutException("the language server published no " + what + " in " + PATIENCE_SECONDS + " s");
				}
				wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
	}
}
