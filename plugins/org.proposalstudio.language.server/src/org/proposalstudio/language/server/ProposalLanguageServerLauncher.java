package org.proposalstudio.language.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Connects a language server to a client over a pair of streams: standard input and output, a socket, or pipes in
 * tests. Each connection has a server of its own.
 */
public final class ProposalLanguageServerLauncher {

	private ProposalLanguageServerLauncher() {
	}

	/** A server talking to one client. */
	public static final class Connection {

		private final LanguageServerImpl server;
		private final LanguageClient client;
		private final Future<Void> listening;
		private final ExitSignal exit;

		private Connection(LanguageServerImpl server, LanguageClient client, Future<Void> listening, ExitSignal exit) {
			this.server = server;
			this.client = client;
			this.listening = listening;
			this.exit = exit;
		}

		public LanguageServerImpl server() {
			return server;
		}

		/** The client's end, to send it notifications and requests. */
		public LanguageClient client() {
			return client;
		}

		/**
		 * Waits until the client says {@code exit} or closes the connection. Returns whether it asked the server to shut
		 * down first, as the protocol wants: a process then exits with 0, else with 1.
		 */
		public boolean awaitEnd() throws InterruptedException {
			CompletableFuture<Object> closed = CompletableFuture.supplyAsync(() -> {
				try {
					return listening.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return null;
				} catch (ExecutionException closedWithError) {
					return null;
				}
			});
			CompletableFuture.anyOf(closed, exit.exited).join();
			return exit.exited.getNow(false);
		}

		/** Stops listening to the client. */
		public void close() {
			listening.cancel(true);
		}
	}

	/** Starts a server that reads the client's messages from {@code in} and writes its own to {@code out}. */
	public static Connection connect(InputStream in, OutputStream out) {
		ExitSignal exit = new ExitSignal();
		Injector injector = Guice.createInjector(ProposalServerModule.create(),
				binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
		server.connect(launcher.getRemoteProxy());
		return new Connection(server, launcher.getRemoteProxy(), launcher.startListening(), exit);
	}

	/**
	 * What the client said about ending: the server does not end the process itself, so that whoever started it
	 * decides (the command line exits, a socket takes the next client, a test goes on).
	 */
	private static final class ExitSignal implements ILanguageServerShutdownAndExitHandler {

		private final CompletableFuture<Boolean> exited = new CompletableFuture<>();
		private volatile boolean shutdown;

		@Override
		public void shutdown() {
			shutdown = true;
		}

		@Override
		public void exit() {
			exited.complete(shutdown);
		}
	}
}
