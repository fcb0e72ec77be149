package org.proposalstudio.language.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client's end for programs that drive the server from Java and care only for its diagnostics (the start-up
 * archive's training run, the tests, the benchmark): messages, telemetry and log entries are ignored, and a question
 * to the user gets no answer, as when the user dismisses it.
 */
public interface DiagnosticsClient extends LanguageClient {

	@Override
	default void telemetryEvent(Object object) {
	}

	@Override
	default void showMessage(MessageParams message) {
	}

	@Override
	default CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	default void logMessage(MessageParams message) {
	}
}
