package org.proposalstudio.cli;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

/** Starts the command line: {@code java -cp 'lib/*' org.proposalstudio.cli.Main COMMAND ...}. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		// the libraries log internal detail, stack traces included, through log4j: a command line reports in its own words
		Logger.getRootLogger().setLevel(Level.OFF);
		// diagrams are drawn with Java2D, which must not look for a display
		System.setProperty("java.awt.headless", "true");
		System.exit(new ProposalStudioCli(System.out, System.err).run(args));
	}
}
