package org.proposalstudio.benchmarking;

/**
 * The trivial Java program a start is paired with: a JVM that starts on the command line's class path, loads one
 * class and exits. What a command, or the language server, takes beyond it is its own.
 */
public final class Trivial {

	private Trivial() {
	}

	public static void main(String[] args) {
		System.out.println("trivial");
	}
}
