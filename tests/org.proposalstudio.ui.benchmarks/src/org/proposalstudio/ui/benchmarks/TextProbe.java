package org.proposalstudio.ui.benchmarks;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

/**
 * When keystrokes reach the editor's document: the time of each change of the text, told on the UI thread, kept in
 * order until the benchmark takes it. Each keystroke of the benchmark makes one change.
 */
final class TextProbe implements IDocumentListener {

	private final BlockingQueue<Long> changes = new LinkedBlockingQueue<>();

	static TextProbe install(IDocument document) {
		TextProbe probe = new TextProbe();
		document.addDocumentListener(probe);
		return probe;
	}

	/** The time of the next change not taken yet, or nothing if there is none within {@code patience}. */
	OptionalLong nextChange(Duration patience) throws InterruptedException {
		Long at = changes.poll(patience.toNanos(), TimeUnit.NANOSECONDS);
		return at == null ? OptionalLong.empty() : OptionalLong.of(at);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// the text is in only once it has changed
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		changes.add(System.nanoTime());
	}
}
