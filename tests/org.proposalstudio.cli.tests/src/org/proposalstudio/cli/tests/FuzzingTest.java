package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.fuzzing.Commands;
import org.proposalstudio.fuzzing.Fuzzer;
import org.proposalstudio.fuzzing.Seeds;
import org.proposalstudio.fuzzing.Trial;
import org.proposalstudio.fuzzing.Verdict;
import org.proposalstudio.testing.Examples;

/**
 * The fuzzing harness's part in the build (docs/robustness.md): every input in its regression corpus, each of which
 * once broke a promise of the command line, goes through every command again; and a short campaign with a fixed seed
 * tries new mutants.
 */
class FuzzingTest {

	/** One command line for the corpus: its injector is made once. */
	private static final Commands COMMANDS = new Commands();

	@TempDir
	Path temp;

	static List<Path> corpus() {
		return Stream.concat(Seeds.corpus(Examples.repository(), ".proposal").stream(), Seeds.corpus(Examples.repository(), ".xmi").stream())
				.toList();
	}

	@Test
	void theCorpusHoldsProposalFilesAndXmi() {
		assertTrue(corpus().stream().filter(file -> file.toString().endsWith(".proposal")).count() >= 10, corpus()::toString);
		assertTrue(corpus().stream().filter(file -> file.toString().endsWith(".xmi")).count() >= 5, corpus()::toString);
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void everyInputThatOnceBrokeAPromiseKeepsThemNow(Path input) throws Exception {
		Trial.Outcome outcome = new Trial(COMMANDS, temp).run(Files.readAllBytes(input), Trial.Kind.of(input), Trial.Depth.ALL);
		assertEquals(Verdict.KEPT_ITS_PROMISES, outcome.verdict(), () -> outcome.command() + ": " + outcome.evidence());
	}

	/** A minute at most, whatever the machine: the number of inputs tried varies, the inputs do not. */
	@Test
	void aShortCampaignWithAFixedSeedFindsNothing() throws Exception {
		Fuzzer.Settings settings = new Fuzzer.Settings(20261205L, 2_000, Duration.ofSeconds(45), 1, 10, 100, Duration.ofSeconds(60));
		Fuzzer.Result result = new Fuzzer(Seeds.of(Examples.repository(), temp.resolve("scratch")), settings, temp.resolve("scratch"),
				temp.resolve("findings")).run(line -> {
				});
		assertTrue(result.inputs() > 0, "tried some inputs");
		assertEquals(0, result.failed(), () -> result.failures().stream().map(failure -> failure.verdict().description() + " in "
				+ failure.command() + ": " + read(failure.input().resolveSibling(failure.index() + ".txt"))).collect(Collectors.joining("\n")));
		assertFalse(Files.exists(temp.resolve("findings")), "nothing kept");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}
}
