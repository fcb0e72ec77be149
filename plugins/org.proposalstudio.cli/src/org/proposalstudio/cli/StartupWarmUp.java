package org.proposalstudio.cli;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

import org.proposalstudio.language.parser.antlr.internal.InternalProposalLexer;
import org.proposalstudio.language.parser.antlr.internal.InternalProposalParser;

/**
 * Does, on a second thread, work that a command's cold start would otherwise do on its main thread: the JDK's locale
 * data, which EMF loads for the date formats it makes when its first model package loads and the JDK again for the
 * date of the jar the grammar is read from (parsing the tag of every locale it knows), and the tables of the generated
 * lexer and parser. All of it is class initialization or the JDK's own caches, which the JVM keeps safe across
 * threads: the main thread finds it done, or waits for it to finish.
 */
final class StartupWarmUp {

	private StartupWarmUp() {
	}

	/** Starts the warm-up on a daemon thread: a command never waits for it to end. */
	static void startInBackground() {
		Thread warmUp = new Thread(StartupWarmUp::warmUp, "proposal-studio-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	private static void warmUp() {
		try {
			new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'.'SSSZ").format(new Date(0));
			new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).format(new Date(0));
			for (Class<?> generated : new Class<?>[] { InternalProposalLexer.class, InternalProposalParser.class }) {
				initialize(generated);
				for (Class<?> table : generated.getDeclaredClasses()) {
					initialize(table);
				}
			}
		} catch (ReflectiveOperationException | RuntimeException | LinkageError failure) {
			// the command meets the same failure where it has the context to report it
		}
	}

	private static void initialize(Class<?> type) throws ClassNotFoundException {
		Class.forName(type.getName(), true, type.getClassLoader());
	}
}
