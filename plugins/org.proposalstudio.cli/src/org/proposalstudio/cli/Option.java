package org.proposalstudio.cli;

/**
 * An option of a command: {@code --name} alone, or {@code --name VALUE} / {@code --name=VALUE} when it takes a value.
 */
record Option(String name, String valueName, String description) {

	static Option flag(String name, String description) {
		return new Option(name, null, description);
	}

	static Option withValue(String name, String valueName, String description) {
		return new Option(name, valueName, description);
	}

	boolean takesValue() {
		return valueName != null;
	}

	/** How the option appears in help: "--format FORMAT". */
	String synopsis() {
		return "--" + name + (takesValue() ? " " + valueName : "");
	}
}
