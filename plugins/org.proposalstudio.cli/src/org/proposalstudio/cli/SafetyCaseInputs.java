package org.proposalstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.safetycase.Objection;
import org.proposalstudio.safetycase.Objections;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.SafetyCases;

/**
 * The safety cases of the proposals in the files a command read, with the findings of the checks as challenges
 * (severities from the project's proposals.properties). A file that is not well-formed, with syntax or linking errors
 * or errors of the language's own rules (names given twice, a cycle of extends), has no safety case: its errors are
 * the command's problems. A failure that is a bug is reported on its file, and the other files go on.
 */
final class SafetyCaseInputs {

	/**
	 * A proposal's safety case.
	 *
	 * @param declared   the proposal as written
	 * @param safetyCase its safety case
	 * @param lastChange when the files it is built from last changed (SOURCE_DATE_EPOCH, when set, instead), so that
	 *                   exports of an unchanged model are the same bytes
	 * @param base       whether it is here only as the base of a requested proposal
	 */
	record Case(Proposal declared, SafetyCase safetyCase, Instant lastChange, boolean base) {
	}

	/**
	 * The safety cases in the order of the files and their proposals, the problems of the files that have none, and
	 * whether one of those was a bug.
	 */
	record Result(List<Case> cases, List<Finding> problems, boolean internalErrors) {

		/** The files that have no safety case, named once each. */
		List<String> refusedFiles() {
			return problems.stream().map(Finding::file).distinct().toList();
		}
	}

	private final Map<XtextResource, Optional<List<Issue>>> checked = new LinkedHashMap<>();
	private final Inheritances inheritances = new Inheritances();
	private final List<Finding> problems = new ArrayList<>();
	private boolean internalErrors;

	private SafetyCaseInputs() {
	}

	/**
	 * The safety cases of every proposal in the files a command loaded.
	 *
	 * @param withBases whether to add the proposals the requested ones extend, from whatever file of the project
	 */
	static Result of(ProposalFiles.Loaded loaded, boolean withBases) {
		return new SafetyCaseInputs().collect(loaded.requested(), withBases);
	}

	private Result collect(List<XtextResource> requested, boolean withBases) {
		Map<Proposal, Case> cases = new LinkedHashMap<>();
		for (XtextResource resource : requested) {
			add(resource, ProposalFiles.proposalsOf(resource), false, cases);
		}
		if (withBases) {
			for (Case requestedCase : List.copyOf(cases.values())) {
				for (Proposal base : Inheritance.lineage(requestedCase.declared())) {
					if (!cases.containsKey(base) && base.eResource() instanceof XtextResource resource) {
						add(resource, List.of(base), true, cases);
					}
				}
			}
		}
		problems.sort(Finding.ORDER);
		return new Result(List.copyOf(cases.values()), List.copyOf(problems), internalErrors);
	}

	/** The safety cases of some proposals of a file, if the file is well-formed; a bug is reported on the file. */
	private void add(XtextResource resource, List<Proposal> proposals, boolean base, Map<Proposal, Case> cases) {
		try {
			Optional<List<Issue>> issues = check(resource);
			if (issues.isPresent()) {
				Map<Proposal, List<Objection>> objections = Objections.byProposal(resource, issues.get());
				for (Proposal proposal : proposals) {
					SafetyCase safetyCase = SafetyCases.of(EffectiveProposal.of(inheritances.of(proposal)),
							objections.getOrDefault(proposal, List.of()));
					cases.put(proposal, new Case(proposal, safetyCase, lastChange(proposal), base));
				}
			}
		} catch (RuntimeException | StackOverflowError | LinkageError bug) {
			problems.add(new Finding(ProposalFiles.displayName(resource), 1, 1, "error", "internal", Command.internalError(bug)));
			internalErrors = true;
		}
	}

	/**
	 * The issues of a well-formed file, validated once per run; for a file that is not, none, and its errors are added to
	 * the problems.
	 */
	private Optional<List<Issue>> check(XtextResource resource) {
		Optional<List<Issue>> known = checked.get(resource);
		if (known != null) {
			return known;
		}
		String file = ProposalFiles.displayName(resource);
		EcoreUtil.resolveAll(resource);
		Optional<List<Issue>> issues;
		if (!resource.getErrors().isEmpty()) {
			resource.getErrors().forEach(error -> problems.add(Finding.of(file, error)));
			issues = Optional.empty();
		} else {
			List<Issue> all = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			List<Issue> illFormed = all.stream().filter(issue -> issue.getSeverity() == Severity.ERROR && Objection.of(issue).isEmpty())
					.toList();
			illFormed.forEach(issue -> problems.add(Finding.of(file, issue)));
			issues = illFormed.isEmpty() ? Optional.of(all) : Optional.empty();
		}
		checked.put(resource, issues);
		return issues;
	}

	/** SOURCE_DATE_EPOCH, the convention of reproducible builds, or else when the files of the proposal's lineage last changed. */
	private static Instant lastChange(Proposal proposal) {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && epoch.matches("\\d{1,12}")) {
			return Instant.ofEpochSecond(Long.parseLong(epoch));
		}
		Instant latest = Instant.EPOCH;
		for (Proposal each : Inheritance.lineage(proposal)) {
			try {
				Instant modified = Files.getLastModifiedTime(Path.of(each.eResource().getURI().toFileString())).toInstant();
				latest = modified.isAfter(latest) ? modified : latest;
			} catch (IOException | RuntimeException unreadable) {
				// a file read a moment ago that cannot be stat'ed now: the other files still date the export
			}
		}
		return latest;
	}
}
