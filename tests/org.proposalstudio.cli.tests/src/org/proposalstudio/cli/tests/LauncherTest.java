package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.cli.tests.SeparateProcess.Result;
import org.proposalstudio.testing.Examples;

/**
 * The distribution's launcher, {@code bin/proposal-studio}, as {@code ./proposal-studio} and editors start it. It uses
 * the start-up archive the build made for the Java running the build (and these tests); a JVM that rejects an archive,
 * or an archive older than the distribution, changes nothing a user sees: the same output, nothing on stderr.
 */
class LauncherTest {

	/** The distribution's folder (bin/, lib/, examples/, archives/); the build passes it (pom.xml). */
	static final String HOME_PROPERTY = "proposalstudio.cliHome";

	/** The validation everyone runs: every example, flawed ones included, so exit 1. */
	private static final String[] VALIDATE = { "validate", "examples" };

	/** The archive of the commands that need the language alone, and the one of all commands. */
	private static final String LANGUAGE = "language";
	private static final String ALL = "all";

	/** What the command line prints in plain Java, without archive or options: what the launcher must print too. */
	private static Result plain;

	@TempDir
	Path temp;

	@BeforeAll
	static void runWithoutLauncher(@TempDir Path scratch) throws Exception {
		List<String> command = new ArrayList<>(List.of(java(javaHome()).toString(), "-cp",
				home().resolve("lib") + File.separator + "*", "org.proposalstudio.cli.Main"));
		command.addAll(List.of(VALIDATE));
		plain = SeparateProcess.run(command, Examples.repository(), Map.of(), scratch);
		assertEquals(ExitCode.ERRORS, plain.exitCode(), plain::toString);
	}

	@Test
	void theBuildMadeAnArchiveForThisJavaAndTheLauncherUsesIt() throws Exception {
		Launch launch = launch(home(), javaHome(), VALIDATE);
		assertSameAsPlainJava(launch);
		assertTrue(launch.mainFromArchive(), () -> "Main was not loaded from the start-up archive:\n" + launch);
	}

	/**
	 * The commands that need the language alone start from an archive of their classes only, smaller than the one of
	 * all commands: the JVM maps and relocates the whole of an archive at every start.
	 */
	@Test
	void theLanguageCommandsStartFromASmallerArchiveOfTheirOwn() throws Exception {
		Path language = archiveOf(home(), javaHome(), LANGUAGE).orElseThrow();
		Path all = archiveOf(home(), javaHome(), ALL).orElseThrow();
		assertTrue(Files.size(language) < Files.size(all) * 3 / 4,
				() -> "the language's archive is not much smaller than the one of all commands: " + language + ", " + all);
		for (String command : List.of("validate", "format", "export-xmi", "import-xmi", "render", "report", "export-safety-case", "diff", "lsp")) {
			Path archives = Files.createTempFile(temp, "archives", ".log");
			Launch help = launchWith("-Xlog:cds=info:file=" + archives, home(), javaHome(), command, "--help");
			assertEquals(ExitCode.OK, help.result().exitCode(), help::toString);
			Path expected = command.equals("validate") || command.equals("format") || command.endsWith("-xmi") ? language : all;
			assertTrue(Files.readString(archives).contains("Opened archive " + expected), () -> command + " did not open " + expected);
			assertTrue(help.mainFromArchive(), () -> command + ": Main was not loaded from " + expected + ":\n" + help);
		}
	}

	/**
	 * Archives that pass the launcher's checks (made after every jar, with the distribution's class path) but that are
	 * of no use to the JVM: garbage, which it rejects, and the JDK's own archive of its classes, which holds none of
	 * the command line's.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "garbage", "the JDK's own archive" })
	void aJvmThatRejectsTheArchiveRunsTheCommandWithTheSameOutput(String archive) throws Exception {
		Path copy = copyOfDistribution();
		Path file = archiveOf(copy, javaHome(), LANGUAGE).orElseThrow();
		Files.createDirectories(file.getParent());
		if (archive.equals("garbage")) {
			Files.write(file, "not an archive\n".repeat(1000).getBytes());
		} else {
			Files.copy(javaHome().resolve("lib/server/classes.jsa"), file, StandardCopyOption.REPLACE_EXISTING);
		}
		try (Stream<Path> jars = Files.list(copy.resolve("lib"))) {
			Files.write(Path.of(file + ".classpath"), jars.map(Path::toString).sorted().toList());
		}
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

		Launch launch = launch(copy, javaHome(), VALIDATE);
		assertSameAsPlainJava(launch);
		assertFalse(launch.mainFromArchive(), () -> "the JVM was expected to reject the archive:\n" + launch);
	}

	@Test
	void aStaleArchiveIsNeverUsedAndIsMadeAgain() throws Exception {
		Path copy = copyOfDistribution();
		makeArchive(copy, javaHome());
		Path archive = archiveOf(copy, javaHome(), LANGUAGE).orElseThrow();
		FileTime first = Files.getLastModifiedTime(archive);
		makeArchive(copy, javaHome());
		assertEquals(first, Files.getLastModifiedTime(archive), "a fresh archive is left as it is");
		assertTrue(launch(copy, javaHome(), VALIDATE).mainFromArchive(), "a fresh archive is used");

		// as after a new build of the command line: its jar is newer than the archive
		Path cli = jar(copy, "org.proposalstudio.cli_");
		FileTime made = FileTime.from(Files.getLastModifiedTime(cli).toInstant().minusSeconds(60));
		Files.setLastModifiedTime(archive, made);
		Launch stale = launch(copy, javaHome(), VALIDATE);
		assertSameAsPlainJava(stale);
		assertFalse(stale.mainFromArchive(), () -> "an archive older than a jar was used:\n" + stale);

		makeArchive(copy, javaHome());
		assertNotEquals(made, Files.getLastModifiedTime(archive), "the archive was made again");
		assertTrue(launch(copy, javaHome(), VALIDATE).mainFromArchive(), "the archive made again is used");

		// a jar more on the class path than the archive was made with
		Files.copy(cli, copy.resolve("lib/extra.jar"), StandardCopyOption.COPY_ATTRIBUTES);
		Files.setLastModifiedTime(copy.resolve("lib/extra.jar"), made);
		Launch extended = launch(copy, javaHome(), VALIDATE);
		assertSameAsPlainJava(extended);
		assertFalse(extended.mainFromArchive(), () -> "an archive of another class path was used:\n" + extended);
	}

	/** Where a JDK 25 or newer is installed beside this one, the launcher uses its ahead-of-time cache the same way. */
	@Test
	@EnabledIf("aNewerJavaIsInstalled")
	void aNewerJavaGetsItsAheadOfTimeCache() throws Exception {
		Optional<Path> newer = newerJava();
		Path copy = copyOfDistribution();
		makeArchive(copy, newer.orElseThrow());
		assertTrue(archiveOf(copy, newer.orElseThrow(), LANGUAGE).orElseThrow().getFileName().toString().endsWith(".aot"));
		Launch launch = launch(copy, newer.orElseThrow(), VALIDATE);
		assertSameAsPlainJava(launch);
		assertTrue(launch.mainFromArchive(), () -> "Main was not loaded from the AOT cache:\n" + launch);
	}

	@Test
	void theLanguageServerKeepsTheJvmDefaultsAndGetsTheArchive() throws Exception {
		// the JVM prints the options it was given as the first line of its output
		Launch help = launchWith("-XX:+PrintCommandLineFlags", home(), javaHome(), "--help");
		assertEquals(ExitCode.OK, help.result().exitCode(), help::toString);
		assertTrue(help.result().outLines().get(0).contains("-XX:TieredStopAtLevel=1"), help::toString);
		// 'lsp' need not be a command of this build: what the launcher gives the JVM is what is tested
		Launch server = launchWith("-XX:+PrintCommandLineFlags", home(), javaHome(), "lsp", "--help");
		assertFalse(server.result().outLines().get(0).contains("TieredStopAtLevel"), server::toString);
		assertTrue(server.mainFromArchive(), () -> "the language server starts from the archive too:\n" + server);
	}

	/**
	 * A short run calls constructors through reflection rather than have the JDK generate a class for each: Guice makes
	 * each file's services, more than 15 times for the examples, which is when Java 17 would start generating them.
	 */
	@Test
	void aShortRunGeneratesNoClassesForReflection() throws Exception {
		Launch launch = launch(home(), javaHome(), VALIDATE);
		assertSameAsPlainJava(launch);
		assertTrue(launch.classes().lines().noneMatch(line -> line.contains("jdk.internal.reflect.Generated")),
				() -> "classes generated for reflection:\n" + launch.classes().lines().filter(line -> line.contains("Generated")).toList());
	}

	/** A short run compiles on one thread, which tiered compilation refuses: a user who asks for it gets the default. */
	@Test
	void tieredCompilationAskedForStillStarts() throws Exception {
		Launch quick = launchWith("-XX:+PrintCommandLineFlags", home(), javaHome(), "--help");
		assertTrue(quick.result().outLines().get(0).contains("-XX:CICompilerCount=1"), quick::toString);
		Launch tiered = launchWith("-XX:TieredStopAtLevel=4", home(), javaHome(), VALIDATE);
		assertSameAsPlainJava(tiered);
	}

	/**
	 * The archive holds the language server's classes too: the build's training run includes a session with it. A
	 * server whose client is gone at once (an empty standard input) has set itself up, then ends with exit 1.
	 */
	@Test
	void theLanguageServerStartsFromTheArchive() throws Exception {
		Launch server = launch(home(), javaHome(), "lsp");
		assertEquals(ExitCode.ERRORS, server.result().exitCode(), server::toString);
		for (String serverClass : List.of("org.proposalstudio.language.server.ProposalLanguageServer",
				"org.eclipse.xtext.ide.server.LanguageServerImpl", "org.eclipse.lsp4j.jsonrpc.RemoteEndpoint")) {
			assertTrue(server.fromArchive(serverClass), () -> serverClass + " was not loaded from the start-up archive:\n" + server);
		}
	}

	/** One run of the launcher, with the classes it loaded. */
	record Launch(Result result, String classes) {

		boolean mainFromArchive() {
			return fromArchive("org.proposalstudio.cli.Main");
		}

		boolean fromArchive(String className) {
			return classes.lines().anyMatch(line -> line.contains(" " + className + " source: shared objects file"));
		}

		@Override
		public String toString() {
			return result.toString();
		}
	}

	private Launch launch(Path home, Path javaHome, String... arguments) throws Exception {
		return launchWith("", home, javaHome, arguments);
	}

	/** Runs the launcher with {@code javaOptions} added, in the repository: {@code examples} is the examples folder. */
	private Launch launchWith(String javaOptions, Path home, Path javaHome, String... arguments) throws Exception {
		Path classes = Files.createTempFile(temp, "classes", ".log");
		List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/proposal-studio").toString()));
		command.addAll(List.of(arguments));
		Result result = SeparateProcess.run(command, Examples.repository(), Map.of("JAVA_HOME", javaHome.toString(),
				"PROPOSAL_STUDIO_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes + " " + javaOptions), temp);
		return new Launch(result, Files.readString(classes));
	}

	private static void assertSameAsPlainJava(Launch launch) {
		assertEquals(plain.exitCode(), launch.result().exitCode(), launch::toString);
		assertEquals(plain.out(), launch.result().out(), "the output");
		assertEquals("", launch.result().err(), () -> "nothing on stderr:\n" + launch);
	}

	private void makeArchive(Path home, Path javaHome) throws Exception {
		List<String> command = List.of("sh", home.resolve("bin/proposal-studio").toString(), "--make-archive");
		Result made = SeparateProcess.run(command, temp, Map.of("JAVA_HOME", javaHome.toString()), temp);
		assertEquals(0, made.exitCode(), made::toString);
		assertEquals("", made.err(), made::toString);
	}

	/**
	 * The archive the launcher would use for this Java and these commands ({@value #LANGUAGE} or {@value #ALL}): named
	 * after the runtime version in its release file.
	 */
	private static Optional<Path> archiveOf(Path home, Path javaHome, String commands) throws IOException {
		Properties release = release(javaHome);
		String runtime = release.getProperty("JAVA_RUNTIME_VERSION", "").replace("\"", "");
		int major = Integer.parseInt(release.getProperty("JAVA_VERSION", "0").replace("\"", "").split("\\.")[0]);
		return runtime.isEmpty() ? Optional.empty()
				: Optional.of(home.resolve("archives/java-" + runtime + "-" + commands + (major >= 25 ? ".aot" : ".jsa")));
	}

	private static Properties release(Path javaHome) throws IOException {
		Properties release = new Properties();
		Path file = javaHome.resolve("release");
		if (Files.isRegularFile(file)) {
			try (var reader = Files.newBufferedReader(file)) {
				release.load(reader);
			}
		}
		return release;
	}

	static boolean aNewerJavaIsInstalled() throws IOException {
		return newerJava().isPresent();
	}

	/** A JDK of version 25 or newer installed beside this one, e.g. under /usr/lib/jvm. */
	private static Optional<Path> newerJava() throws IOException {
		Path parent = javaHome().toRealPath().getParent();
		try (Stream<Path> homes = Files.list(parent)) {
			for (Path home : homes.sorted().toList()) {
				String version = release(home).getProperty("JAVA_VERSION", "").replace("\"", "");
				if (Files.isExecutable(java(home)) && version.matches("\\d+(\\..*)?") && Integer.parseInt(version.split("\\.")[0]) >= 25) {
					return Optional.of(home);
				}
			}
		}
		return Optional.empty();
	}

	/** A copy of the distribution, time stamps kept, without its archives (they belong to the original's paths). */
	private Path copyOfDistribution() throws IOException {
		Path copy = temp.resolve("proposal-studio");
		try (Stream<Path> walk = Files.walk(home())) {
			for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
				Path relative = home().relativize(source);
				if (relative.startsWith("archives") && !relative.toString().equals("archives")) {
					continue;
				}
				Files.copy(source, copy.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		return copy;
	}

	private static Path jar(Path home, String prefix) throws IOException {
		try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
			return jars.filter(jar -> jar.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	static Path home() {
		String location = System.getProperty(HOME_PROPERTY);
		if (location == null || location.isBlank()) {
			fail("System property " + HOME_PROPERTY + " is not set; run the tests through the build, which passes it (pom.xml)");
		}
		Path home = Path.of(location);
		if (!Files.isRegularFile(home.resolve("bin/proposal-studio"))) {
			fail("The command line distribution is missing: no bin/proposal-studio in " + home + ". Build releng/cli-distribution first.");
		}
		return home;
	}

	private static Path javaHome() {
		return Path.of(System.getProperty("java.home"));
	}

	private static Path java(Path javaHome) {
		return javaHome.resolve("bin/java");
	}
}
