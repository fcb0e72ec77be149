package org.proposalstudio.cli.benchmarks;

/**
 * The trivial Java program each command is paired with: a JVM that starts on the command line's class path, loads
 * one class and exits. What a command takes beyond it is the command's own.
 */
public final class Trivial {

	private Trivial() {
	}

	public static void main(String[] args) {
		System.out.println("trivial");
	}
}
