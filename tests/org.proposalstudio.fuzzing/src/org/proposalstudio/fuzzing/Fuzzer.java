package org.proposalstudio.fuzzing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A fuzzing campaign: mutated inputs through {@link Trial}s, on several workers, until a number of inputs or a time is
 * reached. Input {@code i} is made by its own random generator, seeded from the campaign's seed and {@code i}, so a run
 * is reproducible whatever the number of workers, and any input can be made again from its number. Every input that
 * breaks a promise is kept, with the evidence, in the findings folder.
 */
public final class Fuzzer {

	/**
	 * @param seed        the campaign's seed
	 * @param inputs      the most inputs to try
	 * @param duration    the longest the campaign runs
	 * @param workers     how many inputs are tried at once
	 * @param renderEvery every how many inputs one is also drawn ({@code render}), which costs a layout per figure
	 * @param reportEvery every how many inputs one also gets a {@code report}
	 * @param perInput    how long one input may take before it counts as a timeout
	 */
	public record Settings(long seed, long inputs, Duration duration, int workers, int renderEvery, int reportEvery, Duration perInput) {
	}

	/** What a campaign found: how many inputs, each verdict's count, and the inputs that broke a promise. */
	public record Result(long inputs, Duration elapsed, Map<Verdict, Long> verdicts, List<Failure> failures) {

		public long failed() {
			return verdicts.entrySet().stream().filter(entry -> entry.getKey().isFailure()).mapToLong(Map.Entry::getValue).sum();
		}
	}

	/** An input that broke a promise, where it is kept, and why. */
	public record Failure(long index, Verdict verdict, String command, Path input) {
	}

	/** How many failures of one verdict are kept on disk: enough to see every kind, not a disk full of one. */
	private static final int KEPT_PER_VERDICT = 100;
	private static final int KEPT_WHATEVER_THEIR_EVIDENCE = 10;

	private final Seeds seeds;
	private final Settings settings;
	private final Path scratch;
	private final Path findings;
	private final TextMutator text;
	private final XmiMutator xmi = new XmiMutator();
	private final AtomicLong next = new AtomicLong();
	private final Map<Verdict, AtomicLong> counts = new EnumMap<>(Verdict.class);
	private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
	private final Set<String> signatures = Collections.synchronizedSet(new HashSet<>());

	public Fuzzer(Seeds seeds, Settings settings, Path scratch, Path findings) {
		this.seeds = seeds;
		this.settings = settings;
		this.scratch = scratch;
		this.findings = findings;
		this.text = new TextMutator(seeds.keywords(), seeds.lines());
		for (Verdict verdict : Verdict.values()) {
			counts.put(verdict, new AtomicLong());
		}
	}

	/** Runs the campaign, reporting progress now and then through {@code progress}. */
	public Result run(Consumer<String> progress) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + settings.duration().toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < settings.workers(); w++) {
			Path folder = scratch.resolve("worker-" + w);
			Thread worker = new Thread(() -> work(folder, deadline), "fuzz-worker-" + w);
			worker.setDaemon(true);
			workers.add(worker);
			worker.start();
		}
		while (workers.stream().anyMatch(Thread::isAlive)) {
			for (Thread worker : workers) {
				worker.join(TimeUnit.SECONDS.toMillis(30));
			}
			progress.accept(progressLine(start));
		}
		return new Result(tried(), Duration.ofNanos(System.nanoTime() - start), snapshot(), List.copyOf(failures));
	}

	/** The input of number {@code index}: the same index always gives the same input. */
	public Input input(long index) {
		Random random = new Random(settings.seed() * 1_000_003L + index);
		boolean asXmi = random.nextInt(6) == 0 && !seeds.xmis().isEmpty();
		if (asXmi) {
			return new Input(index, Trial.Kind.XMI, xmi.mutate(seeds.xmis().get(random.nextInt(seeds.xmis().size())), random));
		}
		return new Input(index, Trial.Kind.PROPOSAL, text.mutate(seeds.proposals().get(random.nextInt(seeds.proposals().size())), random));
	}

	/** A mutated input and its number. */
	public record Input(long index, Trial.Kind kind, byte[] bytes) {
	}

	private void work(Path folder, long deadline) {
		ExecutorService executor = newExecutor();
		Commands commands = new Commands();
		for (long index = next.getAndIncrement(); index < settings.inputs() && System.nanoTime() < deadline; index = next.getAndIncrement()) {
			Input input;
			try {
				input = input(index);
			} catch (RuntimeException | StackOverflowError harnessBug) {
				// the mutators' own failing is no finding of the command line's: say so, and go on with the next input
				System.err.println("fuzz: input " + index + " could not be made: " + harnessBug);
				continue;
			}
			Trial.Depth depth = new Trial.Depth(index % settings.renderEvery() == 0, index % settings.reportEvery() == 0);
			Trial trial = new Trial(commands, folder);
			Future<Trial.Outcome> future = executor.submit(() -> trial.run(input.bytes(), input.kind(), depth));
			Trial.Outcome outcome;
			try {
				outcome = future.get(settings.perInput().toMillis(), TimeUnit.MILLISECONDS);
			} catch (TimeoutException stuck) {
				outcome = new Trial.Outcome(Verdict.TIMEOUT, "?", "no answer after " + settings.perInput().toSeconds() + " s");
				// the stuck thread is left to itself; this worker goes on with a new one, its own command line and folder
				executor.shutdownNow();
				executor = newExecutor();
				commands = new Commands();
				folder = folder.resolveSibling(folder.getFileName() + "-" + index);
			} catch (ExecutionException failed) {
				outcome = new Trial.Outcome(failed.getCause() instanceof OutOfMemoryError ? Verdict.OUT_OF_MEMORY : Verdict.UNCAUGHT_EXCEPTION,
						"harness", String.valueOf(failed.getCause()));
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
			counts.get(outcome.verdict()).incrementAndGet();
			if (outcome.verdict().isFailure()) {
				keep(input, outcome);
			}
		}
		executor.shutdownNow();
	}

	private static ExecutorService newExecutor() {
		return Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "fuzz-trial");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Keeps the input and its evidence, unless many of its verdict, or one just like it, are kept already. */
	private void keep(Input input, Trial.Outcome outcome) {
		Path input1 = findings.resolve(outcome.verdict().name().toLowerCase()).resolve(input.index() + input.kind().extension);
		String signature = outcome.verdict() + " " + outcome.command() + " " + outcome.evidence().lines().findFirst().orElse("");
		long found = counts.get(outcome.verdict()).get();
		// the first few of a verdict are kept whatever their evidence: a first line such as "formatting a formatted file
		// changes it" is shared by inputs with different causes
		if (found > KEPT_PER_VERDICT || !signatures.add(signature) && found > KEPT_WHATEVER_THEIR_EVIDENCE) {
			return;
		}
		try {
			Files.createDirectories(input1.getParent());
			Files.write(input1, input.bytes());
			Files.writeString(input1.resolveSibling(input.index() + ".txt"),
					outcome.verdict().description() + " in " + outcome.command() + "\n\n" + outcome.evidence(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		failures.add(new Failure(input.index(), outcome.verdict(), outcome.command(), input1));
	}

	private long tried() {
		return counts.values().stream().mapToLong(AtomicLong::get).sum();
	}

	private Map<Verdict, Long> snapshot() {
		Map<Verdict, Long> snapshot = new EnumMap<>(Verdict.class);
		counts.forEach((verdict, count) -> snapshot.put(verdict, count.get()));
		return snapshot;
	}

	private String progressLine(long start) {
		double seconds = (System.nanoTime() - start) / 1e9;
		long tried = tried();
		long failed = snapshot().entrySet().stream().filter(entry -> entry.getKey().isFailure()).mapToLong(Map.Entry::getValue).sum();
		return String.format("fuzz: %,d inputs in %.0f s (%.1f per second), %,d broke a promise", tried, seconds, tried / Math.max(seconds, 1e-9),
				failed);
	}
}
