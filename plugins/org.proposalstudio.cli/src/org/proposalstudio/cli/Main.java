package org.proposalstudio.cli;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

/** Starts the command line: {@code java -cp 'lib/*' org.proposalstudio.cli.Main COMMAND ...}. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		configureLibraries();
		StartupWarmUp.startInBackground();
		System.exit(new ProposalStudioCli(System.out, System.err).run(args));
	}

	/** What the libraries must know before they start; a property set on the command line is left as it is. */
	static void configureLibraries() {
		// log4j would look for a configuration file in every jar of the class path; none is wanted
		System.getProperties().putIfAbsent("log4j.defaultInitOverride", "true");
		// Guice would generate a class per injected type at every start (none of which a start-up archive can hold);
		// reflection serves a command line as well
		System.getProperties().putIfAbsent("guice_bytecode_gen_option", "DISABLED");
		// the libraries log internal detail, stack traces included, through log4j: a command line reports in its own words
		Logger.getRootLogger().setLevel(Level.OFF);
		// diagrams are drawn with Java2D, which must not look for a display
		System.setProperty("java.awt.headless", "true");
	}
}
