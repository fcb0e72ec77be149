package org.proposalstudio.ui;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.IStatus;

/**
 * Xtext logs through log4j; in the workbench its warnings and errors belong in the Error Log with everything else,
 * each once (a check that fails fails on every keystroke), and its debug chatter nowhere.
 */
final class EclipseLogAppender extends AppenderSkeleton {

	/** Routes log4j's warnings and errors to the Eclipse log, unless someone configured log4j already. */
	static void install() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.WARN);
			root.addAppender(new EclipseLogAppender());
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		ThrowableInformation thrown = event.getThrowableInformation();
		ProposalUiPlugin.log(severity, event.getLoggerName() + ": " + event.getRenderedMessage(), thrown == null ? null : thrown.getThrowable());
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// nothing held
	}
}
