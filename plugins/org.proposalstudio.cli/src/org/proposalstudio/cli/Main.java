package org.proposalstudio.cli;

/** Starts the command line: {@code java -cp 'lib/*' org.proposalstudio.cli.Main COMMAND ...}. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(new ProposalStudioCli(System.out, System.err).run(args));
	}
}
