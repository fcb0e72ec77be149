package org.proposalstudio.fuzzing;

import java.time.LocalDate;
import java.util.List;

import org.proposalstudio.benchmarking.Machine;

/** A campaign's result as docs/benchmarks.md keeps results: the machine, the settings, then what was found. */
final class Report {

	private Report() {
	}

	static String markdown(Fuzzer.Settings settings, Fuzzer.Result result, LocalDate date) {
		StringBuilder report = new StringBuilder();
		report.append("# Fuzzing campaign, ").append(date).append("\n\n");
		Machine.description().forEach(line -> report.append("- ").append(line).append('\n'));
		report.append("- load at the end: ").append(Machine.load()).append('\n');
		report.append(String.format("- seed %d, %d worker%s, every input validated, formatted and (when it parses and links) exported to XMI "
				+ "and back; one in %d also rendered, one in %d also reported on; %d s allowed per input%n%n", settings.seed(),
				settings.workers(), settings.workers() == 1 ? "" : "s", settings.renderEvery(), settings.reportEvery(),
				settings.perInput().toSeconds()));
		double seconds = result.elapsed().toMillis() / 1000.0;
		report.append(String.format("%,d inputs in %.0f min (%.1f per second).%n%n", result.inputs(), seconds / 60,
				result.inputs() / Math.max(seconds, 1e-9)));
		report.append("| verdict | inputs |\n|---|--:|\n");
		for (Verdict verdict : Verdict.values()) {
			report.append(String.format("| %s | %,d |%n", verdict.description(), result.verdicts().getOrDefault(verdict, 0L)));
		}
		List<Fuzzer.Failure> failures = result.failures();
		if (!failures.isEmpty()) {
			report.append("\nInputs that broke a promise (the first of each kind), kept with their evidence:\n\n");
			failures.stream().limit(50).forEach(failure -> report.append(String.format("- input %d: %s in %s, `%s`%n", failure.index(),
					failure.verdict().description(), failure.command(), failure.input())));
		}
		return report.toString();
	}
}
