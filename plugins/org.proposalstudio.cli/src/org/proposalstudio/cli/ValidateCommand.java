package org.proposalstudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.checks.ProposalsProperties.Problem;

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
				Exits 0 when there are no errors, 1 when there are, 2 on bad usage or unreadable input.""",
				Option.withValue("format", "FORMAT", "text (default) or json, for tools"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		String format = line.choice("format", "text", List.of("text", "json"));
		if (line.operands().isEmpty()) {
			throw new UsageException("name at least one .proposal file or directory");
		}
		boolean json = format.equals("json");
		ProposalFiles.Loaded loaded;
		try {
			loaded = files.load(line.operands());
		} catch (InputException unreadable) {
			if (json) {
				// a tool reading the document learns why there are no diagnostics; stderr still has the lines
				printJson(console, Map.of("unreadable", unreadable.problems()));
			}
			throw unreadable;
		}
		loaded.unreadable().forEach(console.err()::println);
		Findings findings = findings(files, loaded);
		Summary summary = Summary.of(loaded.requested().size(), findings.all());
		if (json) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("files", loaded.requested().stream().map(ProposalFiles::displayName).toList());
			document.put("diagnostics", findings.all());
			document.put("summary", summary);
			if (!loaded.unreadable().isEmpty()) {
				document.put("unreadable", loaded.unreadable());
			}
			printJson(console, document);
		} else {
			findings.all().forEach(console.out()::println);
			console.out().println(summary);
		}
		int status = findings.internalErrors() ? ExitCode.INTERNAL_ERROR : summary.errors() > 0 ? ExitCode.ERRORS : ExitCode.OK;
		return loaded.exitCode(status);
	}

	/** The diagnostics of a run, and whether validating a file failed by a bug of Proposal Studio's (then one of them). */
	record Findings(List<Finding> all, boolean internalErrors) {
	}

	/**
	 * Every diagnostic of the files requested, in {@link Finding#ORDER}: syntax and linking errors, the checks, and the
	 * lines of their projects' proposals.properties that could not be used. A file whose validation fails by a bug gets
	 * that failure as its diagnostic, and the other files are validated all the same.
	 */
	static Findings findings(ProposalFiles files, ProposalFiles.Loaded loaded) {
		List<Finding> findings = new ArrayList<>();
		boolean internalErrors = false;
		for (XtextResource resource : loaded.requested()) {
			String file = ProposalFiles.displayName(resource);
			try {
				IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
				validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).forEach(issue -> findings.add(Finding.of(file, issue)));
			} catch (RuntimeException | StackOverflowError | LinkageError bug) {
				findings.add(new Finding(file, 1, 1, "error", "internal", internalError(bug)));
				internalErrors = true;
			}
		}
		findings.addAll(configurationProblems(files, loaded.requested()));
		findings.sort(Finding.ORDER);
		return new Findings(findings, internalErrors);
	}

	/** Lines of the projects' proposals.properties that could not be used: errors, since they would go unnoticed. */
	private static List<Finding> configurationProblems(ProposalFiles files, List<XtextResource> resources) {
		ProposalsProperties properties = files.injector().getInstance(ProposalsProperties.class);
		Set<Problem> problems = new LinkedHashSet<>();
		resources.forEach(resource -> problems.addAll(properties.settingsFor(resource).problems()));
		return problems.stream().map(problem -> new Finding(ProposalFiles.displayName(Path.of(problem.file().toFileString())),
				problem.line(), problem.column(), "error", "configuration", problem.message())).toList();
	}

	private static void printJson(Console console, Map<String, Object> document) {
		console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document));
	}

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
