package org.proposalstudio.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.proposalstudio.safetycase.format.Gsn2xWriter;
import org.proposalstudio.safetycase.format.SacmWriter;
import org.proposalstudio.safetycase.format.TeaWriter;

/** {@code export-safety-case}: writes the safety case of each proposal for GSN and assurance case tools. */
final class ExportSafetyCaseCommand extends Command {

	private static final List<String> FORMATS = List.of("gsn2x", "tea", "sacm");

	ExportSafetyCaseCommand(ProposalFiles files) {
		super(files, "export-safety-case", "write each proposal's safety case for gsn2x, TEA or SACM tools", "FILES|DIRS... --out DIR", """
				Writes the safety case of every proposal in the files (docs/safety-case.md): a GSN
				argument that the proposal builds safe and competitive advanced AI, argued over the
				paper's four components, with each finding of the checks as a challenge (severities
				from proposals.properties; a check set to 'ignore' raises none). Formats: gsn2x YAML
				(PROPOSAL.gsn.yaml; the module of a proposal it extends is written too, for 'uses'),
				TEA's JSON export (PROPOSAL.tea.json) and SACM 2.x XMI (PROPOSAL.sacm). Identifiers
				come from names, so re-exporting an edited proposal changes only what changed. A file
				with syntax, linking or other errors of the language is reported and not exported, and
				the exit status is 1; a file that cannot be read is reported and the others are
				exported (exit 2). An existing file is replaced only once the new one is complete.""",
				Option.withValue("out", "DIR", "the folder to write to (required)"),
				Option.withValue("format", "FORMATS", "gsn2x, tea, sacm, or several separated by commas (default: all three)"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		if (line.operands().isEmpty()) {
			throw new UsageException("name at least one .proposal file or directory");
		}
		Path out = Path.of(line.value("out").orElseThrow(() -> new UsageException("--out DIR is required: where to write the safety cases")));
		Set<String> formats = formats(line.value("format").orElse(String.join(",", FORMATS)));
		ProposalFiles.Loaded loaded = load(line.operands(), console);
		SafetyCaseInputs.Result inputs = SafetyCaseInputs.of(loaded, formats.contains("gsn2x"));
		int written = 0;
		int proposals = 0;
		for (SafetyCaseInputs.Case each : inputs.cases()) {
			String proposal = each.safetyCase().proposal();
			if (!each.base()) {
				proposals++;
				if (formats.contains("tea")) {
					write(out.resolve(TeaWriter.fileName(proposal)), TeaWriter.write(each.safetyCase(), each.lastChange()));
					written++;
				}
				if (formats.contains("sacm")) {
					AtomicFiles.write(out.resolve(SacmWriter.fileName(proposal)), SacmWriter.write(each.safetyCase()));
					written++;
				}
			}
			if (formats.contains("gsn2x")) {
				write(out.resolve(Gsn2xWriter.fileName(proposal)), Gsn2xWriter.write(each.safetyCase()));
				written++;
			}
		}
		inputs.problems().forEach(console.err()::println);
		inputs.refusedFiles().forEach(file -> console.err().println(
				ProposalStudioCli.PROGRAM + " export-safety-case: " + file + " has errors; its proposals are not exported"));
		console.out().println("Exported the safety cases of " + proposals + " proposal" + (proposals == 1 ? "" : "s") + " ("
				+ written + " file" + (written == 1 ? "" : "s") + ") to " + ProposalFiles.displayName(out));
		return loaded.exitCode(inputs.internalErrors() ? ExitCode.INTERNAL_ERROR : inputs.problems().isEmpty() ? ExitCode.OK : ExitCode.ERRORS);
	}

	private static void write(Path target, String text) throws InputException {
		AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	private static Set<String> formats(String value) throws UsageException {
		Set<String> formats = new LinkedHashSet<>(Arrays.asList(value.toLowerCase(Locale.ROOT).split(",", -1)));
		if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
			throw new UsageException("--format takes gsn2x, tea, sacm or several of them separated by commas, not '" + value + "'");
		}
		return formats;
	}
}
