package org.proposalstudio.language.server.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher.Connection;
import org.proposalstudio.language.server.diagram.FigureRequests;
import org.proposalstudio.testing.Examples;

import com.google.gson.JsonObject;

/**
 * The language server on one end of a pair of pipes and LSP4J's client on the other, as an editor talks to it,
 * started on a workspace folder and initialized.
 */
final class Server implements AutoCloseable {

	final TestClient client = new TestClient();
	final FigureRequests server;
	final Path workspace;
	final InitializeResult capabilities;
	private final Connection connection;
	private final PipedOutputStream toServer;

	private Server(Path workspace) throws IOException {
		this.workspace = workspace;
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream toClient = new PipedOutputStream(clientIn);
		connection = ProposalLanguageServerLauncher.connect(serverIn, toClient);
		Launcher<FigureRequests> launcher = new Launcher.Builder<FigureRequests>().setLocalService(client)
				.setRemoteInterface(FigureRequests.class).setInput(clientIn).setOutput(toServer).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
		capabilities = get(server.initialize(initializeParams(workspace)));
		server.initialized(new InitializedParams());
	}

	/** A server on a workspace folder. */
	static Server on(Path workspace) {
		try {
			return new Server(workspace);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A server on a copy of the examples, which tests may change. */
	static Server onExamples(Path temp) {
		copy(Examples.folder(), temp);
		return on(temp);
	}

	private static InitializeParams initializeParams(Path workspace) {
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		params.setRootUri(workspace.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		RenameCapabilities rename = new RenameCapabilities();
		rename.setPrepareSupport(true);
		text.setRename(rename);
		params.setCapabilities(new ClientCapabilities(null, text, null));
		JsonObject options = new JsonObject();
		options.addProperty("checksDocumentation", "file:///docs/checks.md");
		params.setInitializationOptions(options);
		return params;
	}

	String uri(String file) {
		return workspace.resolve(file).toUri().toString();
	}

	String text(String file) {
		try {
			return Files.readString(workspace.resolve(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Opens the file as an editor does: with its text, version 1. */
	String open(String file) {
		return open(file, text(file));
	}

	String open(String file, String text) {
		String uri = uri(file);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "proposal", 1, text)));
		return uri;
	}

	/** The answer to a request; fails the test when none comes in time. */
	static <T> T get(CompletableFuture<T> answer) {
		try {
			return answer.get(TestClient.PATIENCE.toSeconds(), TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			throw new AssertionError("the request failed: " + e.getCause().getMessage(), e.getCause());
		} catch (InterruptedException | TimeoutException e) {
			throw new AssertionError("no answer in time", e);
		}
	}

	/** The error a request got: its message; fails when the request succeeded. */
	static String errorOf(CompletableFuture<?> answer) {
		try {
			Object result = answer.get(TestClient.PATIENCE.toSeconds(), TimeUnit.SECONDS);
			throw new AssertionError("expected an error, got " + result);
		} catch (ExecutionException e) {
			return e.getCause().getMessage();
		} catch (InterruptedException | TimeoutException e) {
			throw new AssertionError("no answer in time", e);
		}
	}

	static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		get(server.shutdown());
		server.exit();
		connection.close();
		toServer.close();
	}
}
