package org.proposalstudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arguments of one command, split into options and operands against the options the command declares. */
final class CommandLine {

	private final Map<String, String> options;
	private final List<String> operands;

	private CommandLine(Map<String, String> options, List<String> operands) {
		this.options = options;
		this.operands = operands;
	}

	static CommandLine parse(List<Option> declared, List<String> arguments) throws UsageException {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> operands = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--")) {
				operands.addAll(arguments.subList(i + 1, arguments.size()));
				break;
			}
			if (argument.equals("-h")) {
				argument = "--help";
			}
			if (!argument.startsWith("--") || argument.length() == 2) {
				if (argument.startsWith("-") && argument.length() > 1) {
					throw new UsageException("unknown option '" + argument + "'");
				}
				operands.add(argument);
				continue;
			}
			int equals = argument.indexOf('=');
			String name = argument.substring(2, equals < 0 ? argument.length() : equals);
			Option option = find(declared, name);
			if (option.takesValue()) {
				String value;
				if (equals >= 0) {
					value = argument.substring(equals + 1);
				} else if (i + 1 < arguments.size()) {
					value = arguments.get(++i);
				} else {
					throw new UsageException("option --" + name + " needs a value (" + option.valueName() + ")");
				}
				options.put(name, value);
			} else if (equals >= 0) {
				throw new UsageException("option --" + name + " takes no value");
			} else {
				options.put(name, "");
			}
		}
		return new CommandLine(options, List.copyOf(operands));
	}

	private static Option find(List<Option> declared, String name) throws UsageException {
		if (name.equals("help")) {
			return Option.flag("help", "");
		}
		return declared.stream().filter(option -> option.name().equals(name)).findFirst()
				.orElseThrow(() -> new UsageException("unknown option '--" + name + "'"));
	}

	boolean has(String option) {
		return options.containsKey(option);
	}

	Optional<String> value(String option) {
		return Optional.ofNullable(options.get(option));
	}

	/** The option's value, which must be one of {@code allowed}; {@code fallback} when the option is absent. */
	String choice(String option, String fallback, List<String> allowed) throws UsageException {
		String value = options.getOrDefault(option, fallback);
		if (!allowed.contains(value)) {
			throw new UsageException("--" + option + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
		}
		return value;
	}

	List<String> operands() {
		return operands;
	}
}
