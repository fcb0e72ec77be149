package org.proposalstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.proposalstudio.diff.ComparisonJson;
import org.proposalstudio.diff.ComparisonPage;
import org.proposalstudio.diff.ComparisonText;
import org.proposalstudio.diff.ProposalComparison;
import org.proposalstudio.diff.ProposalDiff;
import org.proposalstudio.diff.Side;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.report.Diagnostic;

import com.google.gson.GsonBuilder;

/** {@code diff}: what differs between two proposals, each with everything it inherits. */
final class DiffCommand extends Command {

	DiffCommand(ProposalFiles files) {
		super(files, "diff", "compare two proposals: their elements, arguments, figures and diagnostics", "OLD NEW | FILE | --git REV FILE",
				"""
				Compares two proposals, each with everything it inherits: participants, flows, signals,
				oversight (timing, tools, conditions, mitigations), limit, deployment, each component's
				stance and argument (texts as word diffs), figures, and the diagnostics only one of them
				gets. OLD and NEW are FILE or FILE#PROPOSAL (a file of one proposal needs no name); a single
				FILE of two proposals compares them; --git REV FILE compares the file as commit REV has it
				with the file as it is. Text is coloured on a terminal; --format json is for tools, and
				--format html writes a page with the two proposals' figures side by side. A file with
				syntax or linking errors is reported and not compared (exit 1).""",
				Option.withValue("format", "FORMAT", "text (default), json or html"),
				Option.withValue("out", "FILE", "write the output to FILE, replaced only once complete (default: stdout)"),
				Option.withValue("git", "REV", "compare FILE as commit REV has it (e.g. HEAD, main~2) with FILE as it is"),
				Option.withValue("color", "WHEN", "colour the text: auto (default: on a terminal), always or never"),
				Option.flag("exit-code", "exit 1 when the proposals differ, 0 when they say the same"));
	}

	/** A proposal named on the command line: {@code FILE} or {@code FILE#PROPOSAL}. */
	private record Operand(String file, Optional<String> proposal) {

		/** A '#' names a proposal only after a file name: a folder may have one in its name. */
		static Operand parse(String operand) {
			int hash = operand.lastIndexOf('#');
			return hash < 0 || !operand.substring(0, hash).endsWith(ProposalFiles.EXTENSION) ? new Operand(operand, Optional.empty())
					: new Operand(operand.substring(0, hash), Optional.of(operand.substring(hash + 1)));
		}
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		String format = line.choice("format", "text", List.of("text", "json", "html"));
		String colour = line.choice("color", "auto", List.of("auto", "always", "never"));
		Optional<String> revision = line.value("git");
		List<Operand> operands = line.operands().stream().map(Operand::parse).toList();
		if (revision.isPresent() ? operands.size() != 1 : operands.isEmpty() || operands.size() > 2) {
			throw new UsageException(revision.isPresent() ? "--git REV compares one FILE with its version at REV; name one file"
					: "name two proposals, OLD and NEW (FILE or FILE#PROPOSAL), or one file that holds two");
		}
		if (revision.isPresent() && revision.get().isBlank()) {
			throw new UsageException("--git needs a revision, e.g. HEAD");
		}

		List<Side> sides = new ArrayList<>();
		List<Finding> problems = new ArrayList<>();
		if (revision.isPresent()) {
			Operand operand = operands.get(0);
			Path file = Path.of(operand.file());
			XtextResource current = readable(files.load(List.of(operand.file()))).requested().get(0);
			XtextResource old = files.load(file, gitVersion(file, revision.get())).requested().get(0);
			String suffix = "@" + revision.get();
			Proposal oldProposal = single(old, operand, suffix, problems);
			Proposal newProposal = single(current, operand, "", problems);
			addSide(sides, old, oldProposal, suffix);
			addSide(sides, current, newProposal, "");
		} else if (operands.size() == 1) {
			Operand operand = operands.get(0);
			if (operand.proposal().isPresent()) {
				throw new UsageException("name two proposals to compare, e.g. " + operand.file() + "#A " + operand.file() + "#B");
			}
			XtextResource resource = readable(files.load(List.of(operand.file()))).requested().get(0);
			List<Proposal> proposals = proposalsOf(resource, problems);
			if (problems.isEmpty() && proposals.size() != 2) {
				throw new InputException(ProposalFiles.displayName(resource) + ": holds " + proposals.size()
						+ " proposals; one file is compared when it holds two, else name OLD and NEW" + names(proposals));
			}
			proposals.forEach(proposal -> addSide(sides, resource, proposal, ""));
		} else {
			List<XtextResource> resources = readable(files.load(operands.stream().map(Operand::file).toList())).requested();
			for (Operand operand : operands) {
				// the same file named twice (two of its proposals) is loaded once
				XtextResource resource = resources.stream()
						.filter(candidate -> candidate.getURI().toFileString().equals(ProposalFiles.absolute(Path.of(operand.file())).toString()))
						.findFirst().orElseThrow();
				addSide(sides, resource, single(resource, operand, "", problems), "");
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Finding.ORDER);
			problems.forEach(console.err()::println);
			console.err().println(ProposalStudioCli.PROGRAM + " diff: nothing compared; fix the errors above first");
			return ExitCode.ERRORS;
		}

		ProposalComparison comparison = ProposalDiff.compare(sides.get(0), sides.get(1));
		Optional<Path> out = line.value("out").map(Path::of);
		String output = switch (format) {
		case "json" -> new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(ComparisonJson.of(comparison));
		case "html" -> ComparisonPage.write(comparison);
		default -> ComparisonText.write(comparison,
				colour.equals("always") || colour.equals("auto") && out.isEmpty() && System.console() != null && System.getenv("NO_COLOR") == null
						&& !"dumb".equals(System.getenv("TERM"))).stripTrailing();
		};
		if (out.isPresent()) {
			AtomicFiles.write(out.get(), (output + "\n").getBytes(StandardCharsets.UTF_8));
			console.out().println("Wrote the comparison to " + ProposalFiles.displayName(out.get()));
		} else {
			console.out().println(output);
		}
		return line.has("exit-code") && !comparison.isSame() ? ExitCode.ERRORS : ExitCode.OK;
	}

	/** The files, all of them read: a comparison needs both sides. */
	private static ProposalFiles.Loaded readable(ProposalFiles.Loaded loaded) throws InputException {
		if (!loaded.unreadable().isEmpty()) {
			throw new InputException(loaded.unreadable());
		}
		return loaded;
	}

	/** The proposal the operand names in the resource; a problem when the file has errors. */
	private static Proposal single(XtextResource resource, Operand operand, String versionSuffix, List<Finding> problems) throws InputException {
		List<Proposal> proposals = proposalsOf(resource, problems);
		if (!problems.isEmpty()) {
			return null;
		}
		String file = ProposalFiles.displayName(resource) + versionSuffix;
		if (operand.proposal().isPresent()) {
			return proposals.stream().filter(proposal -> operand.proposal().get().equals(proposal.getName())).findFirst()
					.orElseThrow(() -> new InputException(file + ": no proposal named '" + operand.proposal().get() + "'" + names(proposals)));
		}
		if (proposals.size() != 1) {
			throw new InputException(file + ": holds " + proposals.size() + " proposals; name one as " + operand.file() + "#PROPOSAL"
					+ names(proposals));
		}
		return proposals.get(0);
	}

	/** The proposals of a file without syntax or linking errors; else its errors, as problems. */
	private static List<Proposal> proposalsOf(XtextResource resource, List<Finding> problems) {
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			String file = ProposalFiles.displayName(resource);
			resource.getErrors().forEach(error -> problems.add(Finding.of(file, error)));
			return List.of();
		}
		return ProposalFiles.proposalsOf(resource);
	}

	private static String names(List<Proposal> proposals) {
		return proposals.isEmpty() ? "" : "; it has " + String.join(", ", proposals.stream().map(Proposal::getName).toList());
	}

	/** Adds the side of a proposal (none when its file has errors), with the diagnostics of its text. */
	private static void addSide(List<Side> sides, XtextResource resource, Proposal proposal, String versionSuffix) {
		if (proposal == null) {
			return;
		}
		String file = ProposalFiles.displayName(resource) + versionSuffix;
		List<Diagnostic> diagnostics = resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream().map(issue -> Diagnostic.of(file, issue)).toList();
		sides.add(Side.of(file + "#" + proposal.getName(), proposal, diagnostics));
	}

	/** The file's content at the revision, from git; a problem naming file@REV when git cannot give it. */
	private static String gitVersion(Path file, String revision) throws InputException {
		Path absolute = ProposalFiles.absolute(file);
		String name = ProposalFiles.displayName(file) + "@" + revision;
		ProcessBuilder git = new ProcessBuilder("git", "-C", absolute.getParent().toString(), "show",
				revision + ":./" + absolute.getFileName());
		try {
			Process process = git.start();
			process.getOutputStream().close();
			CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
			byte[] content = readAll(process.getInputStream());
			int status = process.waitFor();
			if (status != 0) {
				String message = new String(errors.join(), StandardCharsets.UTF_8).lines().findFirst().orElse("git exited with " + status);
				throw new InputException(name + ": git cannot show it: " + message.replaceFirst("^fatal: ", ""));
			}
			return ProposalFiles.text(name, content);
		} catch (IOException e) {
			throw new InputException(name + ": cannot run git: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InputException(name + ": interrupted while git was reading it");
		}
	}

	private static byte[] readAll(InputStream in) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (in) {
			in.transferTo(bytes);
		} catch (IOException e) {
			// what was read is what git gave
		}
		return bytes.toByteArray();
	}
}
