package org.proposalstudio.fuzzing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

/**
 * {@code ./fuzz}: a fuzzing campaign against the command line, in this JVM, as plain Java. Prints progress and, at
 * the end, a report in Markdown; exits 1 when an input broke a promise (the inputs are in the findings folder).
 */
public final class Main {

	private static final String USAGE = """
			Usage: ./fuzz [--inputs N] [--minutes T] [--seed S] [--workers K] [--render-every N] [--report-every N]
			              [--timeout SECONDS] [--findings DIR] [--report FILE]
			Tries mutated proposal files and XMI models on every command until N inputs (default 10,000) or T minutes
			have been tried, and classifies each result. Findings go to DIR (default target/fuzz-findings), the report
			to FILE as well as to stdout.""";

	/** Minutes in a year: a campaign without --minutes stops at its number of inputs. */
	private static final long NO_TIME_LIMIT = 365L * 24 * 60;

	private Main() {
	}

	public static void main(String[] arguments) throws Exception {
		Logger.getRootLogger().setLevel(Level.OFF);
		System.setProperty("java.awt.headless", "true");
		Map<String, String> options;
		try {
			options = options(arguments);
		} catch (IllegalArgumentException e) {
			System.err.println("fuzz: " + e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		Path repository = Path.of(options.getOrDefault("repository", ".")).toAbsolutePath().normalize();
		Path scratch = Files.createTempDirectory(Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir")),
				"proposal-fuzz-");
		Fuzzer.Settings settings = new Fuzzer.Settings(Long.parseLong(options.getOrDefault("seed", String.valueOf(System.currentTimeMillis()))),
				Long.parseLong(options.getOrDefault("inputs", options.containsKey("minutes") ? String.valueOf(Long.MAX_VALUE) : "10000")),
				Duration.ofMinutes(Long.parseLong(options.getOrDefault("minutes", String.valueOf(NO_TIME_LIMIT)))),
				Integer.parseInt(options.getOrDefault("workers", "1")), Integer.parseInt(options.getOrDefault("render-every", "20")),
				Integer.parseInt(options.getOrDefault("report-every", "200")),
				Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "120"))));
		Path findings = Path.of(options.getOrDefault("findings", repository.resolve("target/fuzz-findings").toString()));
		System.err.println("fuzz: seed " + settings.seed() + ", findings in " + findings);
		Fuzzer.Result result = new Fuzzer(Seeds.of(repository, scratch), settings, scratch, findings).run(System.err::println);
		String report = Report.markdown(settings, result, LocalDate.now());
		System.out.print(report);
		if (options.containsKey("report")) {
			Files.writeString(Path.of(options.get("report")), report);
		}
		deleteQuietly(scratch);
		System.exit(result.failed() == 0 ? 0 : 1);
	}

	private static Map<String, String> options(String[] arguments) {
		List<String> known = List.of("inputs", "minutes", "seed", "workers", "render-every", "report-every", "timeout", "findings", "report",
				"repository");
		Map<String, String> options = new java.util.LinkedHashMap<>();
		for (int i = 0; i < arguments.length; i++) {
			String name = arguments[i].startsWith("--") ? arguments[i].substring(2) : "";
			if (!known.contains(name) || i + 1 == arguments.length) {
				throw new IllegalArgumentException("unknown option or missing value: " + arguments[i]);
			}
			String value = arguments[++i];
			if (!name.equals("findings") && !name.equals("report") && !name.equals("repository") && !value.matches("-?[0-9]+")) {
				throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + value + "'");
			}
			options.put(name, value);
		}
		return options;
	}

	private static void deleteQuietly(Path folder) {
		try (var walk = Files.walk(folder)) {
			List<Path> paths = new ArrayList<>(walk.toList());
			java.util.Collections.reverse(paths);
			for (Path path : paths) {
				Files.deleteIfExists(path);
			}
		} catch (IOException leftBehind) {
			// a scratch folder in /dev/shm or the temp folder is cleaned by the system in time
		}
	}
}
