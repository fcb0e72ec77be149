package org.proposalstudio.fuzzing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.proposalstudio.language.ProposalStandaloneSetup;

/**
 * What mutation starts from: the repository's example proposals (faithful and flawed), the regression corpus of
 * inputs that once broke something, and the examples as XMI; with the grammar's keywords and the examples' lines as
 * material to mutate with.
 */
public final class Seeds {

	/** The regression corpus, below the repository: every input that ever broke a promise of the command line. */
	public static final String CORPUS = "tests/org.proposalstudio.fuzzing/corpus";

	/**
	 * The largest seed, in characters: the corpus also holds huge inputs (a chain of 12,000 proposals), which the build
	 * tries as they are, but whose mutants would each take seconds.
	 */
	private static final int LARGEST_SEED = 16 * 1024;

	private final List<String> proposals;
	private final List<String> xmis;
	private final List<String> keywords;

	private Seeds(List<String> proposals, List<String> xmis, List<String> keywords) {
		this.proposals = List.copyOf(proposals);
		this.xmis = List.copyOf(xmis);
		this.keywords = List.copyOf(keywords);
	}

	/** The seeds of a repository; the examples are exported to XMI in {@code scratch} by the command line itself. */
	public static Seeds of(Path repository, Path scratch) {
		List<Path> proposalFiles = new ArrayList<>(files(repository.resolve("examples"), ".proposal"));
		proposalFiles.addAll(corpus(repository, ".proposal"));
		List<String> proposals = proposalFiles.stream().map(Seeds::text).filter(text -> !text.isEmpty() && text.length() <= LARGEST_SEED)
				.toList();
		List<String> xmis = new ArrayList<>(corpus(repository, ".xmi").stream().map(Seeds::text).toList());
		Commands commands = new Commands();
		for (Path example : files(repository.resolve("examples"), ".proposal")) {
			Path xmi = scratch.resolve("seeds").resolve(example.getFileName().toString().replace(".proposal", ".xmi"));
			if (commands.run("export-xmi", example.toString(), "--out", xmi.toString()).exitCode() == 0) {
				xmis.add(text(xmi));
			}
		}
		IGrammarAccess grammar = new ProposalStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(IGrammarAccess.class);
		List<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream().sorted().toList();
		return new Seeds(proposals, xmis, keywords);
	}

	/** The corpus's files of one kind, sorted: the inputs the build runs again. */
	public static List<Path> corpus(Path repository, String extension) {
		return files(repository.resolve(CORPUS), extension);
	}

	List<String> proposals() {
		return proposals;
	}

	List<String> xmis() {
		return xmis;
	}

	List<String> keywords() {
		return keywords;
	}

	/** Every line of every proposal seed, to splice into others. */
	List<String> lines() {
		return proposals.stream().flatMap(String::lines).filter(line -> !line.isBlank()).toList();
	}

	private static List<Path> files(Path folder, String extension) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(file -> file.toString().endsWith(extension) && Files.isRegularFile(file)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A seed's text; bytes that are not UTF-8 (a corpus file may be broken on purpose) become replacement characters. */
	private static String text(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
