package org.proposalstudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.proposalstudio.language.ProposalStandaloneSetup;

import com.google.inject.Injector;

/**
 * The {@code proposal-studio} command line: dispatches to a command, prints help, and turns every failure into a
 * one-line message and an {@link ExitCode}, never a stack trace.
 */
public final class ProposalStudioCli {

	static final String PROGRAM = "proposal-studio";

	private final Console console;
	private Map<String, Command> commands;
	private Injector injector;

	public ProposalStudioCli(PrintStream out, PrintStream err) {
		this.console = new Console(out, err);
	}

	/** Runs one command line and returns its exit code. */
	public int run(String... args) {
		List<String> arguments = Arrays.asList(args);
		if (arguments.isEmpty()) {
			printOverview(console.err());
			return ExitCode.BAD_INPUT;
		}
		String first = arguments.get(0);
		if (first.equals("--help") || first.equals("-h") || first.equals("help") && arguments.size() == 1) {
			printOverview(console.out());
			return ExitCode.OK;
		}
		if (first.equals("help")) {
			return help(arguments.subList(1, arguments.size()));
		}
		Command command = commands().get(first);
		if (command == null) {
			console.err().println(PROGRAM + ": unknown command '" + first + "'; commands: " + String.join(", ", commands().keySet()));
			console.err().println("Try '" + PROGRAM + " --help'.");
			return ExitCode.BAD_INPUT;
		}
		try {
			CommandLine line = CommandLine.parse(command.options(), arguments.subList(1, arguments.size()));
			if (line.has("help")) {
				printHelp(command, console.out());
				return ExitCode.OK;
			}
			return command.run(line, console);
		} catch (UsageException e) {
			console.err().println(PROGRAM + " " + command.name() + ": " + e.getMessage());
			console.err().println("Try '" + PROGRAM + " " + command.name() + " --help'.");
			return ExitCode.BAD_INPUT;
		} catch (InputException e) {
			e.problems().forEach(console.err()::println);
			return ExitCode.BAD_INPUT;
		} catch (RuntimeException | LinkageError | VirtualMachineError e) {
			console.err().println(PROGRAM + ": " + Command.internalError(e));
			return ExitCode.INTERNAL_ERROR;
		}
	}

	private int help(List<String> commandNames) {
		if (commandNames.size() > 1) {
			console.err().println(PROGRAM + " help: name one command, not " + commandNames.size() + ": " + String.join(" ", commandNames));
			console.err().println("Try '" + PROGRAM + " --help'.");
			return ExitCode.BAD_INPUT;
		}
		Command command = commands().get(commandNames.get(0));
		if (command == null) {
			console.err().println(PROGRAM + ": unknown command '" + commandNames.get(0) + "'; commands: " + String.join(", ", commands().keySet()));
			console.err().println("Try '" + PROGRAM + " --help'.");
			return ExitCode.BAD_INPUT;
		}
		printHelp(command, console.out());
		return ExitCode.OK;
	}

	/** The commands, created on first use: creating the language's injector is the slow part of a run. */
	private Map<String, Command> commands() {
		if (commands == null) {
			commands = new LinkedHashMap<>();
			ProposalFiles files = new ProposalFiles(this::injector);
			for (Command command : List.of(new ValidateCommand(files), new FormatCommand(files), new RenderCommand(files),
					new ReportCommand(files), new ExportXmiCommand(files), new ImportXmiCommand(files), new DiffCommand(files),
					new LspCommand(files), new ExportSafetyCaseCommand(files))) {
				commands.put(command.name(), command);
			}
		}
		return commands;
	}

	private Injector injector() {
		if (injector == null) {
			injector = new ProposalStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	private void printOverview(PrintStream stream) {
		stream.println("Usage: " + PROGRAM + " COMMAND [OPTIONS] ARGUMENTS");
		stream.println();
		stream.println("Proposal Studio: models of proposals for building safe advanced AI, checked against");
		stream.println("Hubinger, \"An overview of 11 proposals for building safe advanced AI\".");
		stream.println();
		stream.println("Commands:");
		commands().values().forEach(command -> stream.printf("  %-18s %s%n", command.name(), command.summary()));
		stream.println();
		stream.println("Run '" + PROGRAM + " COMMAND --help' for a command's options.");
		stream.println("Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input, 3 internal error.");
	}

	private static void printHelp(Command command, PrintStream stream) {
		stream.println("Usage: " + PROGRAM + " " + command.name() + " [OPTIONS] " + command.operandSynopsis());
		stream.println();
		stream.println(command.description());
		stream.println();
		stream.println("Options:");
		for (Option option : command.options()) {
			stream.printf("  %-22s %s%n", option.synopsis(), option.description());
		}
		stream.printf("  %-22s %s%n", "-h, --help", "show this help");
	}
}
