package org.proposalstudio.cli.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.proposalstudio.benchmarking.Machine;
import org.proposalstudio.benchmarking.Samples;
import org.proposalstudio.benchmarking.Trivial;

/**
 * Measures how long the command line takes from a cold start, as a user runs it: each command is a process of its own
 * started by {@code ./proposal-studio}, paired with {@link Trivial}, a trivial Java program on the same class path run
 * just before it in the same round. The ratio of the two, round by round, holds however busy the machine is; the wall
 * times do not. Writes a Markdown report to standard output. Run it with {@code ./benchmark --startup} (see
 * docs/benchmarks.md).
 */
public final class StartupBenchmark {

	private static final String USAGE = """
			Usage: ./benchmark --startup [--rounds N] [--java JAVA_HOME]

			Runs the command line's commands from a cold start, each as a process of its own through
			./proposal-studio, paired with a trivial Java program on the same class path: validate the
			eleven examples and a 7-line file, render their figures as SVG and as PNG, write their report;
			and, for comparison, validate the examples with plain java on the signed jars of the p2
			repository, without start-up archive or options. N rounds (default 10) after one warm-up
			round; --java runs everything with another Java (its start-up archive is made first). Prints
			a Markdown report: per command the median, min and max wall time, and the median ratio to the
			trivial program of the same round.""";

	/** Seven lines, with findings: two missing components, and an inner alignment argument no oversight supports (exit 1). */
	private static final String SMALL_FILE = """
			proposal Small section 2 {
				model M
				signal reward: rl-reward trains M
				deploy M
				outer alignment is uncertain section 2.1 relies on reward "A small proposal, for the benchmark."
				inner alignment is uncertain section 2.2 relies on reward "Nothing to say."
			}
			""";

	/** One measured command: what it runs and the exit status it must end with. */
	record Case(String name, List<String> command, int exitCode) {
	}

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path repository = null;
		int rounds = 10;
		Path javaHome = Path.of(System.getProperty("java.home"));
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
				case "--repository" -> repository = Path.of(value(args, ++i));
				case "--rounds" -> rounds = positive(value(args, ++i));
				case "--java" -> javaHome = Path.of(value(args, ++i)).toAbsolutePath();
				case "--help" -> {
					System.out.println(USAGE);
					return;
				}
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (repository == null) {
				throw new IllegalArgumentException("--repository is required (./benchmark passes it)");
			}
			if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
				throw new IllegalArgumentException("no bin/java in " + javaHome);
			}
		} catch (IllegalArgumentException e) {
			System.err.println("benchmark: " + e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		Path work = Files.createTempDirectory("startup-benchmark");
		try {
			new StartupBenchmark().run(repository.toAbsolutePath(), javaHome, rounds, work);
		} finally {
			delete(work);
		}
	}

	private void run(Path repository, Path javaHome, int rounds, Path work) throws Exception {
		Path home = repository.resolve("releng/cli-distribution/target/proposal-studio");
		Map<String, String> environment = Map.of("JAVA_HOME", javaHome.toString());
		// the archive for this Java: the build made it for its own Java, and a no-op then
		Process archive = process(List.of("sh", home.resolve("bin/proposal-studio").toString(), "--make-archive"),
				repository, environment).inheritIO().start();
		if (archive.waitFor() != 0) {
			throw new IllegalStateException("could not make the start-up archive for " + javaHome);
		}

		List<String> examples = new ArrayList<>();
		try (Stream<Path> files = Files.list(repository.resolve("examples"))) {
			files.map(Path::getFileName).map(Path::toString).filter(name -> name.startsWith("s") && name.endsWith(".proposal"))
					.sorted().forEach(name -> examples.add("examples/" + name));
		}
		Path small = Files.writeString(work.resolve("small.proposal"), SMALL_FILE);
		String launcher = repository.resolve("proposal-studio").toString();
		String java = javaHome.resolve("bin/java").toString();
		Case trivial = new Case("trivial Java program, same class path", List.of(java, "-cp",
				home.resolve("lib") + File.separator + "*" + File.pathSeparator + trivialJar(), Trivial.class.getName()), 0);
		List<Case> cases = List.of(
				new Case("validate, the 11 examples", with(List.of(launcher, "validate"), examples), 0),
				new Case("validate, a 7-line file", List.of(launcher, "validate", small.toString()), 1),
				new Case("render, their figures as SVG", with(List.of(launcher, "render", "--out", work.resolve("svg").toString()), examples), 0),
				new Case("render, their figures as PNG",
						with(List.of(launcher, "render", "--format", "png", "--out", work.resolve("png").toString()), examples), 0),
				new Case("report, the 11 examples", with(List.of(launcher, "report", "--out", work.resolve("report").toString()), examples), 0),
				new Case("validate, the 11 examples: plain java on the signed p2 jars, no archive or options",
						with(List.of(java, "-cp", repository.resolve("releng/cli-distribution/target/repository/plugins") + File.separator + "*",
								"org.proposalstudio.cli.Main", "validate"), examples), 0));

		String loadBefore = Machine.load();
		double lowestLoad = Double.MAX_VALUE;
		double highestLoad = 0;
		Map<Case, Samples> times = new LinkedHashMap<>();
		Map<Case, List<Double>> ratios = new LinkedHashMap<>();
		times.put(trivial, new Samples());
		for (Case measured : cases) {
			times.put(measured, new Samples());
			ratios.put(measured, new ArrayList<>());
		}
		for (int round = 0; round <= rounds; round++) {
			boolean warmUp = round == 0;
			long trivialNanos = time(trivial, repository, environment);
			if (!warmUp) {
				times.get(trivial).add(trivialNanos);
			}
			for (Case measured : cases) {
				long nanos = time(measured, repository, environment);
				if (!warmUp) {
					times.get(measured).add(nanos);
					ratios.get(measured).add((double) nanos / trivialNanos);
				}
			}
			lowestLoad = Math.min(lowestLoad, Machine.oneMinuteLoad());
			highestLoad = Math.max(highestLoad, Machine.oneMinuteLoad());
		}
		report(javaHome, rounds, times, ratios, loadBefore, lowestLoad, highestLoad);
	}

	private static void report(Path javaHome, int rounds, Map<Case, Samples> times, Map<Case, List<Double>> ratios,
			String loadBefore, double lowestLoad, double highestLoad) throws IOException {
		System.out.println("# Command line start-up");
		System.out.println();
		Machine.description().forEach(line -> System.out.println("- " + line));
		System.out.println("- Java of the commands: " + javaHome + " (" + runtimeVersion(javaHome) + ")");
		System.out.println(String.format(Locale.ROOT, "- load average (1 / 5 / 15 min): %s before, %s after; 1 minute, between rounds: %.2f to %.2f",
				loadBefore, Machine.load(), lowestLoad, highestLoad));
		System.out.println("- " + rounds + " rounds after a warm-up round; in each, the trivial program, then every command, one after the other");
		System.out.println();
		System.out.println("| command | median (ms) | min | max | ratio to the trivial program of its round: median | min | max |");
		System.out.println("|---|--:|--:|--:|--:|--:|--:|");
		for (Map.Entry<Case, Samples> entry : times.entrySet()) {
			Samples samples = entry.getValue();
			List<Double> caseRatios = ratios.getOrDefault(entry.getKey(), List.of());
			String ratio = caseRatios.isEmpty() ? "1 | | "
					: ratio(median(caseRatios)) + " | " + ratio(caseRatios.stream().min(Comparator.naturalOrder()).orElseThrow()) + " | "
							+ ratio(caseRatios.stream().max(Comparator.naturalOrder()).orElseThrow());
			System.out.println("| " + entry.getKey().name() + " | " + Samples.format(samples.median()) + " | " + Samples.format(samples.min())
					+ " | " + Samples.format(samples.max()) + " | " + ratio + " |");
		}
	}

	private static long time(Case measured, Path directory, Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = process(measured.command(), directory, environment).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.PIPE);
		long start = System.nanoTime();
		Process process = builder.start();
		byte[] err = process.getErrorStream().readAllBytes();
		int exit = process.waitFor();
		long nanos = System.nanoTime() - start;
		if (exit != measured.exitCode()) {
			throw new IllegalStateException(measured.name() + ": exit " + exit + ", not " + measured.exitCode() + "\n" + new String(err));
		}
		return nanos;
	}

	/** A process with this environment, less what could change a JVM's start behind the benchmark's back. */
	private static ProcessBuilder process(List<String> command, Path directory, Map<String, String> environment) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().remove("CLASSPATH");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().remove("PROPOSAL_STUDIO_JAVA_OPTS");
		builder.environment().putAll(environment);
		return builder;
	}

	private static Path trivialJar() throws URISyntaxException {
		return Path.of(Trivial.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	/** The Java's runtime version, from its release file. */
	private static String runtimeVersion(Path javaHome) throws IOException {
		Path release = javaHome.resolve("release");
		return Files.isRegularFile(release) ? Files.readAllLines(release).stream().filter(line -> line.startsWith("JAVA_RUNTIME_VERSION="))
				.map(line -> line.substring(line.indexOf('=') + 1).replace("\"", "")).findFirst().orElse("?") : "?";
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f×", value);
	}

	private static List<String> with(List<String> command, List<String> files) {
		List<String> line = new ArrayList<>(command);
		line.addAll(files);
		return line;
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

	private static int positive(String value) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		} catch (NumberFormatException notANumber) {
			// reported below
		}
		throw new IllegalArgumentException("--rounds takes a whole number above 0, not '" + value + "'");
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
