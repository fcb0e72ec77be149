package org.proposalstudio.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.language.formatting2.ProposalTextFormatter;

/** {@code format}: lays proposal files out in the standard way, or with --check reports those that are not. */
final class FormatCommand extends Command {

	FormatCommand(ProposalFiles files) {
		super(files, "format", "lay proposal files out in the standard way (--check: only report)", "FILES|DIRS...", """
				Formats .proposal files in place: one declaration per line, indented blocks, one space
				between words; comments, blank lines between groups and line breaks before clauses are
				kept. A file with syntax errors is left untouched and reported. With --check nothing
				is written: files that are not formatted are listed and the exit status is 1.""",
				Option.flag("check", "only report files that are not formatted; write nothing"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		if (line.operands().isEmpty()) {
			throw new UsageException("name at least one .proposal file or directory");
		}
		boolean check = line.has("check");
		ProposalTextFormatter formatter = files.injector().getInstance(ProposalTextFormatter.class);
		ProposalFiles.Loaded loaded = load(line.operands(), console);
		List<String> unformatted = new ArrayList<>();
		boolean syntaxErrors = false;
		boolean internalErrors = false;
		for (XtextResource resource : loaded.requested()) {
			String file = ProposalFiles.displayName(resource);
			try {
				if (resource.getParseResult().hasSyntaxErrors()) {
					syntaxErrors = true;
					resource.getErrors().stream().map(error -> Finding.of(file, error)).forEach(console.err()::println);
					console.err().println(file + ": not formatted, because of its syntax errors");
					continue;
				}
				String original = resource.getParseResult().getRootNode().getText();
				String formatted = formatter.format(resource);
				if (!formatted.equals(original)) {
					unformatted.add(file);
					if (!check) {
						AtomicFiles.write(Path.of(resource.getURI().toFileString()), formatted.getBytes(StandardCharsets.UTF_8));
					}
				}
			} catch (RuntimeException | StackOverflowError | LinkageError bug) {
				console.err().println(file + ": " + internalError(bug));
				internalErrors = true;
			}
		}
		unformatted.forEach(file -> console.out().println((check ? "not formatted: " : "formatted: ") + file));
		int status = internalErrors ? ExitCode.INTERNAL_ERROR : syntaxErrors || check && !unformatted.isEmpty() ? ExitCode.ERRORS : ExitCode.OK;
		return loaded.exitCode(status);
	}
}
