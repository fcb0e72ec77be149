package org.proposalstudio.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher.Connection;

/**
 * {@code lsp}: the language server, for editors that speak the Language Server Protocol. On standard input and output
 * by default; {@code --port} listens on the loopback address instead, for a client started by hand.
 */
final class LspCommand extends Command {

	LspCommand(ProposalFiles files) {
		super(files, "lsp", "start the language server for editors (the Language Server Protocol)", "[--port N]", """
				Serves the proposal language to an editor over the Language Server Protocol, on
				standard input and output: diagnostics, completion, hover, navigation, outline,
				formatting, quick fixes, rename, semantic tokens, and the figures as SVG. The
				workspace folder is the one the editor opens. Logs go to standard error. The exit
				status is 0 when the editor asked the server to shut down before it exits, else 1.""",
				Option.withValue("port", "N", "listen on 127.0.0.1:N instead, one client after the other (for debugging)"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException {
		if (!line.operands().isEmpty()) {
			throw new UsageException("lsp takes no files: the editor opens them, from the workspace folder it names");
		}
		Integer port = line.value("port").isPresent() ? port(line.value("port").get()) : null;
		logToStandardError();
		try {
			return port == null ? serveStandardStreams() : serveLoopback(port, console);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.ERRORS;
		}
	}

	/** The protocol owns standard output: whatever else would print there goes to standard error. */
	private static int serveStandardStreams() throws InterruptedException {
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		Connection connection = ProposalLanguageServerLauncher.connect(new FileInputStream(FileDescriptor.in), protocol);
		return connection.awaitEnd() ? ExitCode.OK : ExitCode.ERRORS;
	}

	private static int serveLoopback(int port, Console console) throws InterruptedException {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			console.err().println(ProposalStudioCli.PROGRAM + " lsp: listening on 127.0.0.1:" + socket.getLocalPort());
			while (true) {
				try (Socket client = socket.accept()) {
					console.err().println(ProposalStudioCli.PROGRAM + " lsp: a client connected from port " + client.getPort());
					Connection connection = ProposalLanguageServerLauncher.connect(client.getInputStream(), client.getOutputStream());
					connection.awaitEnd();
					connection.close();
					console.err().println(ProposalStudioCli.PROGRAM + " lsp: the client left; waiting for the next one");
				}
			}
		} catch (IOException e) {
			console.err().println(ProposalStudioCli.PROGRAM + " lsp: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
			return ExitCode.BAD_INPUT;
		}
	}

	private static int port(String value) throws UsageException {
		try {
			int port = Integer.parseInt(value);
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException notANumber) {
			// reported below
		}
		throw new UsageException("--port takes a port number from 1 to 65535, not '" + value + "'");
	}

	/** Problems of the server's libraries are worth seeing in an editor's server log; their detail is not. */
	private static void logToStandardError() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.addAppender(new ConsoleAppender(new PatternLayout("%p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
		root.setLevel(Level.WARN);
	}
}
