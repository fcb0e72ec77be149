package org.proposalstudio.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.xtext.diagnostics.Severity;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.language.validation.ProposalIssueCodes;

/**
 * The findings of a validation run as a SARIF 2.1.0 log, as GitHub code scanning ingests it: one rule per check (the
 * paper's checks with the sections they cite, and the language's own rules), and one result per finding with its
 * repository-relative file, its full region and a fingerprint that survives unrelated edits.
 * <p>
 * The fingerprint ({@code partialFingerprints.primaryLocationLineHash}, the key GitHub matches alerts by) hashes the
 * rule, the message and the text the finding concerns, never its line: a finding keeps its alert while lines are added
 * above it. Findings that would hash alike in one file are told apart by their order ({@code hash:2}), as GitHub's own
 * line hashes are.
 */
final class SarifLog {

	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	static final String TOOL = "Proposal Studio";
	static final String INFORMATION_URI = "https://www.proposalstudio.org/";
	static final String PAPER_URI = "https://arxiv.org/abs/2012.07532";
	static final String FINGERPRINT = "primaryLocationLineHash";
	/** Where relative artifact URIs start: the repository's root. */
	static final String SOURCE_ROOT = "%SRCROOT%";

	private static final String PAPER = "Hubinger, *An overview of 11 proposals for building safe advanced AI* (2020)";

	/** A rule of the language itself (not a check of the paper): its id and what it reports. */
	private record LanguageRule(String id, String description) {
	}

	/** The language's own rules, always errors; docs/checks.md describes them. */
	private static final List<LanguageRule> LANGUAGE_RULES = List.of(
			new LanguageRule("syntax", "the file does not follow the proposal language's grammar"),
			new LanguageRule("linking", "a name refers to nothing declared in the proposal, what it extends, or its project"),
			new LanguageRule(ProposalIssueCodes.DUPLICATE_NAME, "two elements of one family, or two proposals of one project, share a name"),
			new LanguageRule(ProposalIssueCodes.EXTENDS_CYCLE, "a proposal extends itself, directly or through others"),
			new LanguageRule(ProposalIssueCodes.DUPLICATE_PART, "two arguments for one component, or two limits or deployments, in one proposal"),
			new LanguageRule(ProposalIssueCodes.UNROLLING_SIZE, "a figure unrolls to no tree, or to more nodes than a diagram can hold"),
			new LanguageRule(ProposalIssueCodes.VERSION_CYCLE, "a model is an earlier version or a copy of itself, directly or through others"),
			new LanguageRule(ProposalIssueCodes.AMPLIFICATION_NAME, "an amplified model is named Amp(X) but consults another model"),
			new LanguageRule(ProposalIssueCodes.FILE_TOO_LARGE, "a file too large to be parsed"),
			new LanguageRule(ProposalIssueCodes.TOO_MANY_PROPOSALS, "a file of more proposals than one file may hold"),
			new LanguageRule(ProposalIssueCodes.EXTENDS_TOO_DEEP, "a proposal at the end of a chain of 'extends' too long to follow"),
			new LanguageRule(ProposalIssueCodes.TOO_MUCH_INHERITED, "a file whose proposals, with what each inherits, hold too many elements"),
			new LanguageRule("configuration", "a line of proposals.properties names an unknown check or severity, and changes nothing"),
			new LanguageRule("internal", "Proposal Studio failed while checking the file: a bug to report, with the file"));

	private final String version;
	private final Function<String, Optional<String>> texts;

	/**
	 * @param version the tool's version
	 * @param texts   the text of a file as findings name it, for regions and fingerprints; empty when it cannot be read
	 */
	SarifLog(String version, Function<String, Optional<String>> texts) {
		this.version = version;
		this.texts = texts;
	}

	/** The SARIF log of {@code findings}, as a tree of maps and lists for a JSON writer. */
	Map<String, Object> of(List<Finding> findings) {
		List<Map<String, Object>> rules = new ArrayList<>();
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (PaperCheck check : PaperCheck.values()) {
			ruleIndex.put(check.id(), rules.size());
			rules.add(paperRule(check));
		}
		for (LanguageRule rule : LANGUAGE_RULES) {
			ruleIndex.put(rule.id(), rules.size());
			rules.add(languageRule(rule.id(), rule.description()));
		}
		List<Map<String, Object>> results = new ArrayList<>();
		Map<String, Integer> occurrences = new HashMap<>();
		for (Finding finding : findings) {
			if (!ruleIndex.containsKey(finding.check())) {
				// a rule this catalog does not know yet still gets an entry: a result may only name a rule the run declares
				ruleIndex.put(finding.check(), rules.size());
				rules.add(languageRule(finding.check(), "a rule of the proposal language"));
			}
			results.add(result(finding, ruleIndex.get(finding.check()), occurrences));
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", TOOL);
		driver.put("version", version);
		driver.put("semanticVersion", semanticVersion(version));
		driver.put("informationUri", INFORMATION_URI);
		driver.put("rules", rules);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", object("driver", driver));
		run.put("columnKind", "utf16CodeUnits");
		run.put("results", results);
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		log.put("runs", List.of(run));
		return log;
	}

	/** The log of a run that read nothing: every rule, no result. */
	static Map<String, Object> empty() {
		return new SarifLog(toolVersion(), file -> Optional.empty()).of(List.of());
	}

	/**
	 * The log with the problems of reading the input as notifications of its invocation: a run that read nothing failed,
	 * and code scanning shows why rather than an empty, successful analysis; a run that checked the other files succeeded.
	 */
	static Map<String, Object> withNotifications(Map<String, Object> log, List<String> problems, boolean successful) {
		if (problems.isEmpty() && successful) {
			return log;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> run = (Map<String, Object>) ((List<Object>) log.get("runs")).get(0);
		List<Map<String, Object>> notifications = problems.stream()
				.<Map<String, Object>>map(problem -> object("level", "error", "message", object("text", problem))).toList();
		run.put("invocations", List.of(object("executionSuccessful", successful, "toolExecutionNotifications", notifications)));
		return log;
	}

	private static Map<String, Object> paperRule(PaperCheck check) {
		String sections = check.citedSections();
		String flags = capitalized(check.flags());
		Map<String, Object> rule = rule(check.id(), flags, "Flags where a proposal's argument has " + check.flags()
				+ ". The paper raises this in " + sections + "; a finding names the missing piece, never that a proposal is safe.",
				level(check.defaultSeverity()));
		rule.put("help", object(
				"text", flags + ". Read " + sections + " of Hubinger, \"An overview of 11 proposals for building safe advanced AI\" (2020), "
						+ PAPER_URI + ". Set the check's severity, or switch it off, in proposals.properties: " + check.id() + " = ignore.",
				"markdown", "**" + flags + "** (`" + check.id() + "`)\n\nRead " + sections + " of " + PAPER + ", [" + PAPER_URI + "]("
						+ PAPER_URI + ").\n\nSet the check's severity, or switch it off, in `proposals.properties`:\n\n```\n" + check.id()
						+ " = ignore\n```"));
		rule.put("helpUri", PAPER_URI);
		rule.put("properties", object("tags", List.of("proposal-studio", "paper-check"), "sections", List.of(check.sections())));
		return rule;
	}

	private static Map<String, Object> languageRule(String id, String description) {
		String text = capitalized(description);
		Map<String, Object> rule = rule(id, text, text + ". The file is ill-formed, and the paper's checks wait until it is not.", "error");
		rule.put("help", object("text", text + ": an error of the proposal language, not a check of the paper.",
				"markdown", "**" + text + "** (`" + id + "`): an error of the proposal language, not a check of the paper."));
		rule.put("properties", object("tags", List.of("proposal-studio", "language")));
		return rule;
	}

	private static Map<String, Object> rule(String id, String shortDescription, String fullDescription, String level) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("id", id);
		String name = ruleName(id);
		if (!name.equalsIgnoreCase(id)) {
			// SARIF wants a name only where it says more than the id
			rule.put("name", name);
		}
		rule.put("shortDescription", object("text", shortDescription));
		rule.put("fullDescription", object("text", fullDescription));
		rule.put("defaultConfiguration", object("level", level));
		return rule;
	}

	private Map<String, Object> result(Finding finding, int ruleIndex, Map<String, Integer> occurrences) {
		Optional<String> text = texts.apply(finding.file());
		Region region = Region.of(finding, text.orElse(null));
		String hash = fingerprint(finding, region.text());
		int occurrence = occurrences.merge(finding.file() + "\0" + hash, 1, Integer::sum);

		Map<String, Object> artifact = new LinkedHashMap<>();
		Path file = Path.of(finding.file());
		Optional<Path> root = repositoryRoot(file);
		if (root.isPresent()) {
			artifact.put("uri", relativeUri(root.get().relativize(ProposalFiles.absolute(file))));
			artifact.put("uriBaseId", SOURCE_ROOT);
		} else if (!file.isAbsolute()) {
			artifact.put("uri", relativeUri(file.normalize()));
			artifact.put("uriBaseId", SOURCE_ROOT);
		} else {
			artifact.put("uri", file.toUri().toString());
		}
		Map<String, Object> regionJson = new LinkedHashMap<>();
		regionJson.put("startLine", region.startLine());
		regionJson.put("startColumn", region.startColumn());
		regionJson.put("endLine", region.endLine());
		regionJson.put("endColumn", region.endColumn());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("ruleId", finding.check());
		result.put("ruleIndex", ruleIndex);
		result.put("level", level(finding.severity()));
		result.put("message", object("text", finding.message()));
		result.put("locations", List.of(object("physicalLocation", object("artifactLocation", artifact, "region", regionJson))));
		result.put("partialFingerprints", object(FINGERPRINT, hash + ":" + occurrence));
		return result;
	}

	/**
	 * Where a finding is, in SARIF's terms (1-based; the end is just after the text). A finding at a position, such as a
	 * bad line of proposals.properties, covers the rest of its line, so that a reader sees what it is about.
	 */
	private record Region(int startLine, int startColumn, int endLine, int endColumn, String text) {

		static Region of(Finding finding, String fileText) {
			if (fileText == null) {
				return new Region(finding.line(), finding.column(), finding.endLine(), finding.endColumn(), "");
			}
			List<String> lines = fileText.lines().toList();
			int endLine = finding.endLine();
			int endColumn = finding.endColumn();
			if (endLine == finding.line() && endColumn == finding.column() && finding.line() <= lines.size()) {
				String line = lines.get(finding.line() - 1);
				endColumn = Math.max(finding.column(), line.stripTrailing().length() + 1);
			}
			return new Region(finding.line(), finding.column(), endLine, endColumn,
					textBetween(lines, finding.line(), finding.column(), endLine, endColumn));
		}

		private static String textBetween(List<String> lines, int startLine, int startColumn, int endLine, int endColumn) {
			StringBuilder text = new StringBuilder();
			for (int number = startLine; number <= endLine && number <= lines.size(); number++) {
				String line = lines.get(number - 1);
				int from = number == startLine ? Math.min(startColumn - 1, line.length()) : 0;
				int to = number == endLine ? Math.min(Math.max(endColumn - 1, from), line.length()) : line.length();
				text.append(line, from, to).append('\n');
			}
			return text.toString();
		}
	}

	/** The rule, the message and the text concerned, whitespace collapsed: what stays when lines move. */
	private static String fingerprint(Finding finding, String regionText) {
		String key = finding.check() + "\0" + finding.message() + "\0" + regionText.strip().replaceAll("\\s+", " ");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	/** The folder of the git repository that holds the file (a working tree has .git, a folder or a file). */
	static Optional<Path> repositoryRoot(Path file) {
		for (Path folder = ProposalFiles.absolute(file).getParent(); folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(".git"))) {
				return Optional.of(folder);
			}
		}
		return Optional.empty();
	}

	private static String relativeUri(Path relative) {
		List<String> segments = new ArrayList<>();
		relative.forEach(segment -> segments.add(segment.toString()));
		try {
			return new URI(null, null, String.join("/", segments), null).getRawPath();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("a relative path is a URI path: " + relative, e);
		}
	}

	/** SARIF's levels: error, warning, note. */
	static String level(String severity) {
		return severity.equals("info") ? "note" : severity;
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "note";
		};
	}

	/**
	 * A JSON object whose properties keep the order given ({@code Map.of}'s order changes from run to run, and the same
	 * input must give the same bytes).
	 */
	private static Map<String, Object> object(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

	/** "missing-inner-alignment" as a SARIF rule name: MissingInnerAlignment. */
	private static String ruleName(String id) {
		StringBuilder name = new StringBuilder();
		for (String word : id.split("-")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
	}

	/**
	 * The command line bundle's version, from its manifest: the jar the class comes from (plain Java, where the class
	 * path's first manifest is another jar's), or the bundle's own resource (OSGi).
	 */
	static String toolVersion() {
		List<Supplier<InputStream>> manifests = List.of(() -> {
			try {
				Path location = Path.of(SarifLog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
				if (Files.isRegularFile(location)) {
					try (JarFile jar = new JarFile(location.toFile())) {
						ByteArrayOutputStream bytes = new ByteArrayOutputStream();
						jar.getManifest().write(bytes);
						return new ByteArrayInputStream(bytes.toByteArray());
					}
				}
				return null;
			} catch (IOException | URISyntaxException | RuntimeException noJar) {
				return null;
			}
		}, () -> SarifLog.class.getResourceAsStream("/META-INF/MANIFEST.MF"));
		for (Supplier<InputStream> source : manifests) {
			try (InputStream in = source.get()) {
				if (in != null) {
					Attributes attributes = new Manifest(in).getMainAttributes();
					String name = attributes.getValue("Bundle-SymbolicName");
					if (name != null && name.startsWith("org.proposalstudio.cli") && attributes.getValue("Bundle-Version") != null) {
						return attributes.getValue("Bundle-Version");
					}
				}
			} catch (IOException unreadable) {
				// try the next place
			}
		}
		return "1.0.0";
	}

	/** "1.0.0.202611250102" (an OSGi version with a qualifier) as a semantic version: 1.0.0+202611250102. */
	static String semanticVersion(String version) {
		String[] parts = version.split("\\.", 4);
		StringBuilder semantic = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			semantic.append(i == 0 ? "" : ".").append(i < parts.length && parts[i].matches("\\d+") ? parts[i] : "0");
		}
		if (parts.length == 4 && parts[3].matches("[0-9A-Za-z-]+") && !parts[3].equals("qualifier")) {
			semantic.append('+').append(parts[3]);
		}
		return semantic.toString();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
