package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.cli.tests.SeparateProcess.Result;
import org.proposalstudio.testing.Examples;

/**
 * The real command line in plain Java: a separate JVM running {@code org.proposalstudio.cli.Main} with the
 * distribution's lib folder as class path, no OSGi, and none of the launcher's options ({@link LauncherTest} tests
 * those). What works in the OSGi tests can still fail here: an EPackage that only an extension point registered once
 * left every check silently unrun in plain Java.
 */
class PlainJavaLauncherTest {

	/** The distribution's lib folder; the build passes it (pom.xml). */
	static final String DISTRIBUTION_PROPERTY = "proposalstudio.cliDistribution";

	private static final Pattern CLASS_LOAD = Pattern.compile("\\[class,load\\] (\\S+) source: (.+)$");
	/** Packages of an OSGi framework's implementation, as opposed to the OSGi API types some libraries look up. */
	private static final List<String> FRAMEWORK_PACKAGES = List.of("org.eclipse.osgi.internal.", "org.eclipse.osgi.launch.",
			"org.eclipse.osgi.container.", "org.eclipse.osgi.storage.", "org.eclipse.core.runtime.adaptor.",
			"org.apache.felix.framework.");

	@TempDir
	Path temp;

	private static Path distribution() {
		String location = System.getProperty(DISTRIBUTION_PROPERTY);
		if (location == null || location.isBlank()) {
			fail("System property " + DISTRIBUTION_PROPERTY + " is not set; run the tests through the build, which passes it (pom.xml)");
		}
		Path plugins = Path.of(location);
		boolean built;
		try (Stream<Path> jars = Files.isDirectory(plugins) ? Files.list(plugins) : Stream.empty()) {
			built = jars.anyMatch(jar -> jar.getFileName().toString().matches("org\\.proposalstudio\\.cli_.*\\.jar"));
		} catch (IOException e) {
			built = false;
		}
		if (!built) {
			fail("The command line distribution is missing: no org.proposalstudio.cli_*.jar in " + plugins
					+ ". Build releng/cli-distribution before this module, e.g. ./mvnw -B verify -pl "
					+ "releng/target-platform,plugins/org.proposalstudio.model,plugins/org.proposalstudio.checks,"
					+ "plugins/org.proposalstudio.language,plugins/org.proposalstudio.cli,releng/cli-distribution,"
					+ "tests/org.proposalstudio.testing,tests/org.proposalstudio.cli.tests");
		}
		return plugins;
	}

	/** Runs {@code java -cp 'lib/*' org.proposalstudio.cli.Main ARGS} in {@code directory}, logging loaded classes. */
	private Result plainJava(Path directory, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xlog:class+load=info:file=" + classLog(), "-cp", distribution() + File.separator + "*",
				"org.proposalstudio.cli.Main"));
		command.addAll(List.of(arguments));
		return SeparateProcess.run(command, directory, Map.of(), temp);
	}

	private Path classLog() {
		return temp.resolve("classes.log");
	}

	@Test
	void validateRunsEveryCheckAndPrintsWhatTheOsgiRunPrints() throws Exception {
		Result plain = plainJava(Examples.repository(), "validate", "examples");
		assertEquals(ExitCode.ERRORS, plain.exitCode(), plain::toString);
		assertEquals("", plain.err(), () -> "nothing on stderr, no logging:\n" + plain);
		assertEquals("26 files checked: 4 errors, 21 warnings, 12 infos", plain.outLines().get(plain.outLines().size() - 1),
				plain::toString);
		// every check ran: each flawed/CHECK.proposal raises its own check
		for (Path flawed : Examples.flawed()) {
			String check = flawed.getFileName().toString().replace(".proposal", "");
			assertTrue(plain.outLines().stream().anyMatch(line -> line.startsWith("examples/flawed/" + check + ".proposal:")
					&& line.contains(" [" + check + "] ")), () -> "check " + check + " did not run:\n" + plain);
		}
		// and line for line what the command line prints in OSGi, where the file names are absolute
		Cli.Run osgi = Cli.run("validate", arg(Examples.folder()));
		assertEquals(osgi.out().replace(arg(Examples.folder()) + File.separator, "examples" + File.separator), plain.out());
	}

	@Test
	void noOsgiFrameworkIsStarted() throws Exception {
		Result plain = plainJava(temp, "validate", arg(Examples.folder().resolve("s02-rl-transparency-tools.proposal")));
		assertEquals(ExitCode.OK, plain.exitCode(), plain::toString);
		// the log names a jar as file:/absolute/path
		String distribution = "file:" + distribution().toAbsolutePath().normalize() + File.separator;
		List<String> frameworkClasses = new ArrayList<>();
		List<String> foreignSources = new ArrayList<>();
		String mainSource = null;
		for (String line : Files.readAllLines(classLog())) {
			Matcher load = CLASS_LOAD.matcher(line);
			if (!load.find()) {
				continue;
			}
			String type = load.group(1);
			String source = load.group(2);
			if (FRAMEWORK_PACKAGES.stream().anyMatch(type::startsWith)) {
				frameworkClasses.add(type);
			}
			if (source.contains(":/") && !source.startsWith("jrt:/") && !source.startsWith(distribution)) {
				foreignSources.add(type + " from " + source);
			}
			if (type.equals("org.proposalstudio.cli.Main")) {
				mainSource = source;
			}
		}
		assertEquals(List.of(), frameworkClasses, "classes of an OSGi framework were loaded");
		assertEquals(List.of(), foreignSources, "classes came from elsewhere than the JDK and the distribution");
		assertTrue(mainSource != null && mainSource.startsWith(distribution + "org.proposalstudio.cli_"),
				"Main comes from the distribution's org.proposalstudio.cli jar, not " + mainSource);
	}

	@Test
	void exportAndImportWorkInPlainJava() throws Exception {
		Path project = TestFiles.copyOfExamples(temp.resolve("project"));
		Path s04 = project.resolve("s04-imitative-amplification-relaxed-adversarial-training.proposal");
		Result before = plainJava(project, "validate", s04.getFileName().toString());
		assertEquals(ExitCode.OK, before.exitCode(), before::toString);

		Result export = plainJava(temp, "export-xmi", arg(s04), "--out", arg(temp.resolve("s04.xmi")));
		assertEquals(ExitCode.OK, export.exitCode(), export::toString);
		Files.delete(s04);
		Result imported = plainJava(temp, "import-xmi", arg(temp.resolve("s04.xmi")), "--out", arg(s04));
		assertEquals(ExitCode.OK, imported.exitCode(), imported::toString);
		assertEquals("", imported.err(), imported::toString);

		Result after = plainJava(project, "validate", s04.getFileName().toString());
		assertEquals(ExitCode.OK, after.exitCode(), after::toString);
		assertEquals(withoutPositions(before), withoutPositions(after), "the imported file's diagnostics");
	}

	/** The SACM packages register themselves when first used: outside OSGi no extension point does it. */
	@Test
	void safetyCasesAreExportedAndDrawnInPlainJava() throws Exception {
		Path out = temp.resolve("cases");
		Result export = plainJava(Examples.repository(), "export-safety-case", "examples/s03-imitative-amplification-intermittent-oversight.proposal",
				"--out", arg(out));
		assertEquals(ExitCode.OK, export.exitCode(), export::toString);
		assertEquals("", export.err(), export::toString);
		Cli.Run osgi = Cli.run("export-safety-case", arg(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal")),
				"--out", arg(temp.resolve("osgi")));
		for (String file : List.of("ImitativeAmplificationIntermittentOversight.gsn.yaml", "ImitativeAmplificationIntermittentOversight.sacm",
				"ImitativeAmplificationIntermittentOversight.tea.json")) {
			assertEquals(Files.readString(temp.resolve("osgi").resolve(file)), Files.readString(out.resolve(file)), file + ", as in OSGi");
		}
		assertEquals(ExitCode.OK, osgi.exitCode(), osgi::toString);
		Result render = plainJava(Examples.repository(), "render", "--safety-case", "--format", "png",
				"examples/s03-imitative-amplification-intermittent-oversight.proposal", "--out", arg(out));
		assertEquals(ExitCode.OK, render.exitCode(), render::toString);
		assertTrue(Files.size(out.resolve("ImitativeAmplificationIntermittentOversight-safety-case.png")) > 10_000, render::toString);
	}

	private static List<String> withoutPositions(Result validate) {
		return validate.outLines().stream().map(line -> line.replaceFirst("^[^:]+:\\d+:\\d+: ", "")).sorted().toList();
	}

	@Test
	void badUsageAndUnreadableInputAreMessagesNotStackTraces() throws Exception {
		Result usage = plainJava(temp, "validate", "--format", "xml", "x.proposal");
		assertEquals(ExitCode.BAD_INPUT, usage.exitCode(), usage::toString);
		assertEquals("proposal-studio validate: --format must be one of text, json, sarif, not 'xml'\n"
				+ "Try 'proposal-studio validate --help'.\n", usage.err());

		Path latin1 = write(temp.resolve("latin1.proposal"), "proposal Caf\u00e9 {\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		Result unreadable = plainJava(temp, "validate", "latin1.proposal");
		assertEquals(ExitCode.BAD_INPUT, unreadable.exitCode(), unreadable::toString);
		assertEquals("", unreadable.out());
		assertEquals(latin1.getFileName() + ":1:13: not valid UTF-8 (byte 0xE9); save the file as UTF-8\n", unreadable.err());
	}

	@Test
	void helpNeedsNoFiles() throws Exception {
		Result help = plainJava(temp, "--help");
		assertEquals(ExitCode.OK, help.exitCode(), help::toString);
		assertTrue(help.out().startsWith("Usage: proposal-studio COMMAND"), help::toString);
		assertFalse(help.out().contains("Exception"), help::toString);
		assertEquals("", help.err());
	}

	/** Every command is created for the overview; none may do a command's work then, which --help would wait for. */
	@Test
	void helpInitializesNeitherTheLanguageNorTheMetamodel() throws Exception {
		Result help = plainJava(temp, "--help");
		assertEquals(ExitCode.OK, help.exitCode(), help::toString);
		List<String> early = new ArrayList<>();
		for (String line : Files.readAllLines(classLog())) {
			Matcher load = CLASS_LOAD.matcher(line);
			if (load.find() && (load.group(1).startsWith("org.proposalstudio.model.proposal.impl.") || load.group(1).startsWith("com.google.inject.internal."))) {
				early.add(load.group(1));
			}
		}
		assertEquals(List.of(), early, "--help loaded the metamodel's implementation or Guice's");
	}
}
