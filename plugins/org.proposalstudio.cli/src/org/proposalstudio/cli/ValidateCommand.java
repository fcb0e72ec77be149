package org.proposalstudio.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.checks.ProposalsProperties.Problem;
import org.proposalstudio.language.validation.ProposalIssueCodes;

import com.google.gson.ExclusionStrategy;
import com.google.gson.FieldAttributes;
import com.google.gson.GsonBuilder;

/** {@code validate}: checks proposal files and reports every diagnostic with its file, line and column. */
final class ValidateCommand extends Command {

	ValidateCommand(ProposalFiles files) {
		super(files, "validate", "check proposals for syntax errors and for what their argument leaves out",
				"FILES|DIRS...", """
				Checks .proposal files (directories are searched recursively) and prints one line per
				diagnostic, 'file:line:column: severity: [check-id] message', then a summary line.
				Files of the same project (the folder holding proposals.properties, or else the
				file's folder) are loaded too, so that 'extends' across files resolves; only the
				files named are reported. Severities come from the project's proposals.properties.
				--format sarif writes SARIF 2.1.0 for code scanning (GitHub's among others), with file
				paths relative to the repository's root.
				Exits 0 when there are no errors, 1 when there are, 2 on bad usage or unreadable input.""",
				Option.withValue("format", "FORMAT", "text (default), json for tools, or sarif for code scanning"),
				Option.withValue("out", "FILE", "write the output to FILE, replaced only once complete (default: stdout)"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		String format = line.choice("format", "text", List.of("text", "json", "sarif"));
		if (line.operands().isEmpty()) {
			throw new UsageException("name at least one .proposal file or directory");
		}
		Optional<Path> out = line.value("out").map(Path::of);
		ProposalFiles.Loaded loaded;
		try {
			loaded = files.load(line.operands());
		} catch (InputException unreadable) {
			// a tool reading the document learns why there are no diagnostics; stderr still has the lines
			if (format.equals("json")) {
				emit(console, out, json(Map.of("unreadable", unreadable.problems())));
			} else if (format.equals("sarif")) {
				emit(console, out, json(SarifLog.withNotifications(SarifLog.empty(), unreadable.problems(), false)));
			}
			throw unreadable;
		}
		loaded.unreadable().forEach(console.err()::println);
		Findings findings = findings(files, loaded);
		Summary summary = Summary.of(loaded.requested().size(), findings.all());
		switch (format) {
		case "json" -> {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("files", loaded.requested().stream().map(ProposalFiles::displayName).toList());
			document.put("diagnostics", findings.all());
			document.put("summary", summary);
			if (!loaded.unreadable().isEmpty()) {
				document.put("unreadable", loaded.unreadable());
			}
			emit(console, out, json(document));
		}
		case "sarif" -> {
			Map<String, Object> log = new SarifLog(SarifLog.toolVersion(), textsOf(loaded)).of(findings.all());
			// the files that could not be read are notifications of a run that still checked the others
			emit(console, out, json(SarifLog.withNotifications(log, loaded.unreadable(), true)));
		}
		default -> {
			if (out.isPresent()) {
				StringBuilder text = new StringBuilder();
				writeText(findings.all(), summary, text::append);
				AtomicFiles.write(out.get(), text.toString().getBytes(StandardCharsets.UTF_8));
			} else {
				writeText(findings.all(), summary, console.out()::append);
			}
		}
		}
		if (out.isPresent()) {
			// the document went to the file; a person watching the run still sees the outcome
			console.out().println(summary + "; written to " + ProposalFiles.displayName(out.get()));
		}
		int status = findings.internalErrors() ? ExitCode.INTERNAL_ERROR : summary.errors() > 0 ? ExitCode.ERRORS : ExitCode.OK;
		return loaded.exitCode(status);
	}

	/** The diagnostics of a run, and whether validating a file failed by a bug of Proposal Studio's (then one of them). */
	record Findings(List<Finding> all) {

		/** Whether a check, or the validation of a file, failed by a bug: its findings may be incomplete. */
		boolean internalErrors() {
			return all.stream().anyMatch(finding -> finding.check().equals(ProposalIssueCodes.INTERNAL));
		}
	}

	/**
	 * Every diagnostic of the files requested, in {@link Finding#ORDER}: syntax and linking errors, the checks, and the
	 * lines of their projects' proposals.properties that could not be used. A file whose validation, or one of whose
	 * checks, fails by a bug gets that failure as an {@code internal} error, and the other files are validated all the
	 * same.
	 */
	static Findings findings(ProposalFiles files, ProposalFiles.Loaded loaded) {
		List<Finding> findings = new ArrayList<>();
		for (XtextResource resource : loaded.requested()) {
			String file = ProposalFiles.displayName(resource);
			try {
				IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
				validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).forEach(issue -> findings.add(Finding.of(file, issue)));
			} catch (RuntimeException | StackOverflowError | LinkageError bug) {
				findings.add(new Finding(file, 1, 1, "error", ProposalIssueCodes.INTERNAL, internalError(bug)));
			}
		}
		findings.addAll(configurationProblems(files, loaded.requested()));
		findings.sort(Finding.ORDER);
		return new Findings(findings);
	}

	/** Lines of the projects' proposals.properties that could not be used: errors, since they would go unnoticed. */
	private static List<Finding> configurationProblems(ProposalFiles files, List<XtextResource> resources) {
		ProposalsProperties properties = files.injector().getInstance(ProposalsProperties.class);
		Set<Problem> problems = new LinkedHashSet<>();
		resources.forEach(resource -> problems.addAll(properties.settingsFor(resource).problems()));
		return problems.stream().map(problem -> new Finding(ProposalFiles.displayName(Path.of(problem.file().toFileString())),
				problem.line(), problem.column(), "error", "configuration", problem.message())).toList();
	}

	/** The texts of the files findings name: the loaded proposal files, and other files (proposals.properties) from disk. */
	private static Function<String, Optional<String>> textsOf(ProposalFiles.Loaded loaded) {
		Map<String, String> texts = new HashMap<>();
		for (Resource resource : loaded.resourceSet().getResources()) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null && resource.getURI().isFile()) {
				texts.put(ProposalFiles.displayName(xtext), xtext.getParseResult().getRootNode().getText());
			}
		}
		return file -> {
			if (texts.containsKey(file)) {
				return Optional.of(texts.get(file));
			}
			try {
				return Optional.of(ProposalFiles.read(Path.of(file)));
			} catch (InputException unreadable) {
				return Optional.empty();
			}
		};
	}

	/** The output, to the file named by --out (written whole) or to stdout. */
	private static void emit(Console console, Optional<Path> out, String output) throws InputException {
		if (out.isPresent()) {
			AtomicFiles.write(out.get(), (output + "\n").getBytes(StandardCharsets.UTF_8));
		} else {
			console.out().println(output);
		}
	}

	/** How many characters of findings {@link #writeText} gathers before it hands them on. */
	private static final int TEXT_BLOCK = 64 * 1024;

	/**
	 * The text output: the findings, a line each, then the summary line, handed to {@code out} a block of lines at a
	 * time. Printed whole, it can be many times the size of the files checked (a line per finding); printed a line at a
	 * time, stdout flushes at every line.
	 */
	private static void writeText(List<Finding> findings, Summary summary, Consumer<CharSequence> out) {
		StringBuilder block = new StringBuilder(TEXT_BLOCK + 1024);
		for (Finding finding : findings) {
			block.append(finding).append('\n');
			if (block.length() >= TEXT_BLOCK) {
				out.accept(block);
				block.setLength(0);
			}
		}
		out.accept(block.append(summary).append('\n'));
	}

	private static String json(Map<String, Object> document) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().setExclusionStrategies(ISSUE_DATA).create().toJson(document);
	}

	/** A finding's issue data is for safety cases, not part of the document tools read. */
	private static final ExclusionStrategy ISSUE_DATA = new ExclusionStrategy() {
		@Override
		public boolean shouldSkipField(FieldAttributes field) {
			return field.getDeclaringClass() == Finding.class && field.getName().equals("data");
		}

		@Override
		public boolean shouldSkipClass(Class<?> type) {
			return false;
		}
	};

	/** The counts a validation run ends with. */
	record Summary(int files, int errors, int warnings, int infos) {

		static Summary of(int files, List<Finding> findings) {
			return new Summary(files, count(findings, "error"), count(findings, "warning"), count(findings, "info"));
		}

		private static int count(List<Finding> findings, String severity) {
			return (int) findings.stream().filter(finding -> finding.severity().equals(severity)).count();
		}

		@Override
		public String toString() {
			return plural(files, "file") + " checked: " + (errors == 0 ? "no errors" : plural(errors, "error")) + ", "
					+ plural(warnings, "warning") + ", " + plural(infos, "info");
		}

		private static String plural(int count, String noun) {
			return count + " " + noun + (count == 1 ? "" : "s");
		}
	}
}
