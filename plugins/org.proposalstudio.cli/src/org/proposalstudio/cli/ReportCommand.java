package org.proposalstudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.diagram.render.DrawingWarmUp;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.report.Report;
import org.proposalstudio.report.ReportWriter;
import org.proposalstudio.report.SourceFile;

/** {@code report}: writes a static HTML site with the comparison matrix and a page per proposal. */
final class ReportCommand extends Command {

	ReportCommand(ProposalFiles files) {
		super(files, "report", "write an HTML report: the comparison matrix and a page per proposal", "FILES|DIRS... --out DIR", """
				Writes a static site that opens from disk in a browser, with no server and no script:
				index.html with the comparison matrix (a row per proposal, a column per component, each
				cell the stance of the proposal's argument, linked to it), a page per proposal with its
				figures, its four arguments (inherited ones marked) and its diagnostics with the sections
				of the paper they cite, and style.css. A file with syntax or linking errors is reported
				and left out; the rest of the report is still written, and so is a page whose figure
				cannot be drawn. An existing file is replaced only once the new one is complete.
				Exits 0 when there are no errors, 1 when there are (as validate), 2 on bad usage or
				unreadable input.""",
				Option.withValue("out", "DIR", "the folder to write to (required)"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		if (line.operands().isEmpty()) {
			throw new UsageException("name at least one .proposal file or directory");
		}
		Path out = Path.of(line.value("out").orElseThrow(() -> new UsageException("--out DIR is required: where to write the report")));
		DrawingWarmUp.startInBackground(Theme.LIGHT, false);
		ProposalFiles.Loaded loaded = load(line.operands(), console);
		loaded.requested().forEach(EcoreUtil::resolveAll);
		ValidateCommand.Findings validated = ValidateCommand.findings(files, loaded);
		List<Finding> findings = validated.all();
		Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
		findings.forEach(finding -> byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>()).add(diagnostic(finding)));
		List<SourceFile> sources = new ArrayList<>();
		for (XtextResource resource : loaded.requested()) {
			String file = ProposalFiles.displayName(resource);
			sources.add(SourceFile.of(file, resource, byFile.getOrDefault(file, List.of())));
			byFile.remove(file);
		}
		// what remains is not in a proposal file: the lines of proposals.properties that could not be used
		byFile.forEach((file, diagnostics) -> sources.add(new SourceFile(file, List.of(), diagnostics, false)));

		Report report = ReportWriter.write(sources);
		List<Finding> problems = new ArrayList<>(findings.stream().filter(Finding::isError).toList());
		report.problems().forEach(problem -> problems.add(
				Finding.at(problem.element() != null ? problem.element() : problem.proposal(), "error", "diagram", problem.message())));
		problems.sort(Finding.ORDER);
		problems.forEach(console.err()::println);
		for (Map.Entry<String, byte[]> file : report.files().entrySet()) {
			AtomicFiles.write(out.resolve(file.getKey()), file.getValue());
		}
		int proposals = report.proposalCount();
		console.out().println("Wrote the report of " + proposals + " proposal" + (proposals == 1 ? "" : "s") + " to "
				+ ProposalFiles.displayName(out.resolve(Report.INDEX)));
		return loaded.exitCode(validated.internalErrors() ? ExitCode.INTERNAL_ERROR : problems.isEmpty() ? ExitCode.OK : ExitCode.ERRORS);
	}

	private static Diagnostic diagnostic(Finding finding) {
		return new Diagnostic(finding.file(), finding.line(), finding.column(), Severity.valueOf(finding.severity().toUpperCase(Locale.ROOT)),
				finding.check(), finding.message(), finding.data());
	}
}
