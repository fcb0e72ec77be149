package org.proposalstudio.language.server.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.proposalstudio.language.server.DiagnosticsClient;
import org.proposalstudio.language.server.diagram.FigureRequests;

/**
 * The real {@code proposal-studio lsp} in a process of its own, started as an editor starts it (or, for comparison,
 * without the launcher), with LSP4J's client on its standard streams. The client notes when each document's
 * diagnostics arrive.
 */
final class ServerProcess implements AutoCloseable {

	/** A publication of diagnostics: when it arrived, for which document, and what it said. */
	record Publication(long nanos, String uri, List<Diagnostic> diagnostics) {
	}

	/** When the first proposal file, and the last of those awaited, had its diagnostics. */
	record Diagnosed(long first, long all) {
	}

	private static final String PROPOSAL = ".proposal";

	private final Process process;
	final FigureRequests server;
	private final List<Publication> publications = new ArrayList<>();
	/** The proposal files that have had diagnostics (the settings files' are not what a user waits for), and when. */
	private final Set<String> proposalFiles = new HashSet<>();
	private final List<Long> firstDiagnosed = new ArrayList<>();

	private ServerProcess(Process process) {
		this.process = process;
		Launcher<FigureRequests> launcher = new Launcher.Builder<FigureRequests>().setLocalService(new Client()).setRemoteInterface(FigureRequests.class)
				.setInput(process.getInputStream()).setOutput(process.getOutputStream()).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** How the server's process is started. */
	enum Start {
		/**
		 * As an editor starts it: the distribution's launcher, {@code bin/proposal-studio lsp}, with the Java to use as
		 * JAVA_HOME; the launcher gives it the start-up archive and the JVM's default options.
		 */
		LAUNCHER,
		/** Plain {@code java -cp 'lib/*'}, without archive or options: what an editor would do without the launcher. */
		PLAIN_JAVA
	}

	/** Starts the server from the command line distribution {@code home} and initializes it on the folder. */
	static ServerProcess start(Path home, Start start, Path workspace) throws Exception {
		return start(home, start, workspace, "");
	}

	/** The same, with more JVM options for the launcher ({@code PROPOSAL_STUDIO_JAVA_OPTS}). */
	static ServerProcess start(Path home, Start start, Path workspace, String javaOptions) throws Exception {
		List<String> command = start == Start.LAUNCHER ? List.of("sh", home.resolve("bin/proposal-studio").toString(), "lsp")
				: List.of(java().toString(), "-cp", home.resolve("lib").resolve("*").toString(), "org.proposalstudio.cli.Main", "lsp");
		ProcessBuilder builder = withJava(new ProcessBuilder(command)).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("PROPOSAL_STUDIO_JAVA_OPTS", javaOptions);
		ServerProcess started = new ServerProcess(builder.start());
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		started.server.initialize(params).get(2, TimeUnit.MINUTES);
		started.server.initialized(new InitializedParams());
		return started;
	}

	/**
	 * A process that runs with this benchmark's Java, as JAVA_HOME (the launcher's way to be told which), and with
	 * nothing in its environment that would change a JVM's start behind the benchmark's back.
	 */
	static ProcessBuilder withJava(ProcessBuilder builder) {
		builder.environment().remove("CLASSPATH");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().remove("PROPOSAL_STUDIO_JAVA_OPTS");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder;
	}

	static Path java() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * The processor time the server's process has used so far, all its threads together: on a machine shared with
	 * other work it says what the server itself costs, where wall times say how long the client waited.
	 */
	long cpuNanos() {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

	/** Waits for the first publication for {@code uri} after {@code since} that satisfies the condition; its time. */
	synchronized long awaitDiagnostics(String uri, long since, Predicate<List<Diagnostic>> condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (true) {
			for (Publication publication : publications) {
				if (publication.nanos() >= since && publication.uri().equals(uri) && condition.test(publication.diagnostics())) {
					return publication.nanos();
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("no diagnostics as expected for " + uri + " within a minute");
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	/** Waits until {@code count} proposal files have had diagnostics; when the first and the last of them had. */
	synchronized Diagnosed awaitProposalFiles(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (firstDiagnosed.size() < count) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("diagnostics for " + firstDiagnosed.size() + " of " + count + " proposal files within a minute");
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return new Diagnosed(firstDiagnosed.get(0), firstDiagnosed.get(count - 1));
	}

	/** Forgets what was published, so that the list stays short while typing. */
	synchronized void forget() {
		publications.clear();
	}

	private synchronized void published(PublishDiagnosticsParams params) {
		long now = System.nanoTime();
		publications.add(new Publication(now, params.getUri(), params.getDiagnostics()));
		if (params.getUri().endsWith(PROPOSAL) && proposalFiles.add(params.getUri())) {
			firstDiagnosed.add(now);
		}
		notifyAll();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
		} catch (Exception stoppedAnyway) {
			// the process is ended below in any case
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private final class Client implements DiagnosticsClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published(diagnostics);
		}
	}
}
