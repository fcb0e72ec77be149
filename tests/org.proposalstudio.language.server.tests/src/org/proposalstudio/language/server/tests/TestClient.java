package org.proposalstudio.language.server.tests;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.proposalstudio.language.server.DiagnosticsClient;

/** The client's end in the tests: it keeps the diagnostics the server publishes, and lets a test wait for them. */
final class TestClient implements DiagnosticsClient {

	/** Long enough for a loaded build machine, short enough that a server that never answers fails the test. */
	static final Duration PATIENCE = Duration.ofSeconds(60);

	private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), List.copyOf(params.getDiagnostics()));
		notifyAll();
	}

	/** The diagnostics of the document once they satisfy {@code condition}; fails after {@link #PATIENCE}. */
	synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition) throws TimeoutException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!diagnostics.containsKey(uri) || !condition.test(diagnostics.get(uri))) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new TimeoutException("diagnostics of " + uri + " never came as expected; last: " + diagnostics.get(uri));
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new TimeoutException("interrupted");
			}
		}
		return diagnostics.get(uri);
	}
}
