package org.proposalstudio.language.server.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureDrawing;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;

/**
 * The real {@code proposal-studio lsp} in a process of its own, started as an editor starts it, with LSP4J's client
 * on its standard streams. The client notes when each document's diagnostics arrive.
 */
final class ServerProcess implements AutoCloseable {

	/** The server with the figure request, as a client sees it. */
	@JsonSegment("proposal")
	interface Server extends LanguageServer {
		@JsonRequest
		CompletableFuture<FigureDrawing> figure(FigureParams params);
	}

	/** A publication of diagnostics: when it arrived, for which document, and what it said. */
	record Publication(long nanos, String uri, List<Diagnostic> diagnostics) {
	}

	private final Process process;
	final Server server;
	private final List<Publication> publications = new ArrayList<>();
	private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

	private ServerProcess(Process process) {
		this.process = process;
		Launcher<Server> launcher = new Launcher.Builder<Server>().setLocalService(new Client()).setRemoteInterface(Server.class)
				.setInput(process.getInputStream()).setOutput(process.getOutputStream()).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** Starts the server with the command line distribution's class path and initializes it on the folder. */
	static ServerProcess start(Path distribution, List<String> jvmOptions, Path workspace) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", distribution.resolve("*").toString(), "org.proposalstudio.cli.Main", "lsp"));
		ServerProcess started = new ServerProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		started.server.initialize(params).get(2, TimeUnit.MINUTES);
		started.server.initialized(new InitializedParams());
		return started;
	}

	/**
	 * The processor time the server's process has used so far, all its threads together: on a machine shared with
	 * other work it says what the server itself costs, where wall times say how long the client waited.
	 */
	long cpuNanos() {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

	/** How many documents have had diagnostics published so far. */
	int documentsWithDiagnostics() {
		return seen.size();
	}

	/** Waits for the first publication for {@code uri} after {@code since} that satisfies the condition; its time. */
	synchronized long awaitDiagnostics(String uri, long since, Predicate<List<Diagnostic>> condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (true) {
			for (Publication publication : publications) {
				if (publication.nanos() >= since && publication.uri().equals(uri) && condition.test(publication.diagnostics())) {
					return publication.nanos();
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("no diagnostics as expected for " + uri + " within a minute");
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	/** Waits until {@code count} documents have had diagnostics; the time of the last of them. */
	synchronized long awaitDocuments(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (seen.size() < count) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("diagnostics for " + seen.size() + " of " + count + " documents within a minute");
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return publications.get(publications.size() - 1).nanos();
	}

	synchronized long firstPublication() throws InterruptedException {
		while (publications.isEmpty()) {
			wait(60_000);
		}
		return publications.get(0).nanos();
	}

	/** Forgets what was published, so that the list stays short while typing. */
	synchronized void forget() {
		publications.clear();
	}

	private synchronized void published(PublishDiagnosticsParams params) {
		publications.add(new Publication(System.nanoTime(), params.getUri(), params.getDiagnostics()));
		seen.put(params.getUri(), true);
		notifyAll();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
		} catch (Exception stoppedAnyway) {
			// the process is ended below in any case
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published(diagnostics);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
