package org.proposalstudio.safetycase;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.checks.PaperCheck;

/**
 * A finding of one of the paper's checks, as a safety case takes it up: a challenge to the element it concerns.
 *
 * @param check    the check that found it
 * @param severity error, warning or info, as the project configures the check
 * @param message  the check's message, which ends with the paper's sections
 * @param data     the issue data of the finding, which names what it concerns: the oversight mechanism, the
 *                 participant or the component
 */
public record Objection(PaperCheck check, Severity severity, String message, List<String> data) {

	public Objection {
		data = List.copyOf(data);
	}

	/** The objection of a validator's issue; none for issues that are not the paper's checks (syntax, linking). */
	public static Optional<Objection> of(Issue issue) {
		return of(issue.getCode(), issue.getSeverity(), issue.getMessage(),
				issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
	}

	/** The objection of a finding reported by check id; none for ids that are not the paper's checks. */
	public static Optional<Objection> of(String checkId, Severity severity, String message, List<String> data) {
		if (checkId == null || severity == Severity.IGNORE) {
			return Optional.empty();
		}
		return PaperCheck.byId(checkId).map(check -> new Objection(check, severity, message, data));
	}

	/** The first datum, which names the element the finding concerns for most checks; {@code null} if none. */
	String subject() {
		return data.isEmpty() ? null : data.get(0);
	}
}
