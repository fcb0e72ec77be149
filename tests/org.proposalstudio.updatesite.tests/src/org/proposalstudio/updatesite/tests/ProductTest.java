package org.proposalstudio.updatesite.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Proposal Studio product that releng/product materializes (that its bundles resolve is checked with the other
 * installations, in InstalledBundlesResolveTest): what it contains, and that it starts and fills a new workspace.
 */
class ProductTest {

	/** The product's first start, in its own JVM: generous, since it also builds the example project on a shared machine. */
	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private static final String EXAMPLE_PROJECT = "paper-proposals";

	/** The IDE with its Project Explorer and Outline, and ours: the editor and comparison view (ui), the diagram view. */
	@ParameterizedTest
	@ValueSource(strings = { "org.eclipse.ui.ide.application", "org.eclipse.ui.navigator.resources", "org.eclipse.ui.views",
			"org.eclipse.ui.themes", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.equinox.launcher",
			"org.proposalstudio.ui", "org.proposalstudio.diagram.ui", "org.proposalstudio.language.ide",
			"org.proposalstudio.examples", "org.proposalstudio.product" })
	void containsTheBundle(String symbolicName) throws IOException {
		Installation product = Installation.fromProperty("proposalstudio.product");
		assertTrue(product.configuredSymbolicNames().contains(symbolicName), symbolicName + " is not in " + product.root());
	}

	/** Starts the product as ./proposal-studio-workbench does, on a new workspace, and stops it once the workspace is filled. */
	@Test
	void aNewWorkspaceStartsWithTheExamples(@TempDir Path temp) throws Exception {
		Installation product = Installation.fromProperty("proposalstudio.product");
		Path workspace = temp.resolve("workspace");
		Path output = temp.resolve("output.txt");
		Path project = workspace.resolve(EXAMPLE_PROJECT);
		Process workbench = new ProcessBuilder(command(product, workspace)).redirectErrorStream(true)
				.redirectOutput(output.toFile()).start();
		try {
			// the nature is given after every example is copied
			waitUntilFilled(workbench, project.resolve(".project"), output);
		} finally {
			workbench.destroy();
			if (!workbench.waitFor(30, TimeUnit.SECONDS)) {
				workbench.destroyForcibly().waitFor();
			}
		}
		Path examples = Path.of(TestProperties.get("proposalstudio.repository"), "examples");
		List<Path> files = filesIn(examples);
		assertEquals(files, filesIn(project).stream().filter(p -> !p.startsWith(".project") && !p.startsWith(".settings")).toList());
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(examples.resolve(file)), Files.readAllBytes(project.resolve(file)), file.toString());
		}
		assertEquals(List.of(), errorsIn(workspace.resolve(".metadata/.log")), "errors in the workspace log");
	}

	/** java, the VM arguments of eclipse.ini (the Java launcher does not read it), the launcher jar, the workspace. */
	private static List<String> command(Installation product, Path workspace) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		List<String> ini = Files.readAllLines(product.root().resolve("eclipse.ini"));
		command.addAll(ini.subList(ini.indexOf("-vmargs") + 1, ini.size()));
		try (Stream<Path> plugins = Files.list(product.root().resolve("plugins"))) {
			command.add("-jar");
			command.add(plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no launcher jar in " + product.root())).toString());
		}
		command.addAll(List.of("-data", workspace.toString()));
		return command;
	}

	private static void waitUntilFilled(Process workbench, Path projectDescription, Path output) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!(Files.exists(projectDescription) && Files.readString(projectDescription).contains("org.proposalstudio.ui.nature"))) {
			if (!workbench.isAlive()) {
				throw new AssertionError("the product exited with " + workbench.exitValue() + " before it filled the workspace:\n"
						+ Files.readString(output));
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the product did not fill the workspace within " + PATIENCE + ":\n" + Files.readString(output));
			}
			Thread.sleep(500);
		}
	}

	/** Every file below the folder, as a path relative to it, sorted. */
	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}

	/** The ERROR entries of an Eclipse log; a log that was never written has none. */
	private static List<String> errorsIn(Path log) throws IOException {
		if (!Files.exists(log)) {
			return List.of();
		}
		// an entry starts with a line "!ENTRY <bundle> <severity> ...", and 4 is IStatus.ERROR
		return Arrays.stream(Files.readString(log).split("(?m)^(?=!ENTRY )"))
				.filter(entry -> entry.startsWith("!ENTRY ") && entry.split(" ")[2].equals("4")).toList();
	}
}
