package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.proposalstudio.report.Diagnostic;

/** A diagnostic as the report lists it: short check ids, and the paper's sections its check cites. */
class DiagnosticTest {

	private static Issue issue(String code, Severity severity, Integer line, Integer column) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setSeverity(severity);
		issue.setLineNumber(line);
		issue.setColumn(column);
		issue.setMessage("message");
		return issue;
	}

	@Test
	void aPaperCheckCitesItsSections() {
		Diagnostic diagnostic = Diagnostic.of("a.proposal", issue("after-the-fact-detection", Severity.WARNING, 7, 53));
		assertEquals(new Diagnostic("a.proposal", 7, 53, Severity.WARNING, "after-the-fact-detection", "message"), diagnostic);
		assertEquals(List.of("2.2", "3.2", "4.2"), diagnostic.sections());
		assertEquals("§2.2, §3.2, §4.2", diagnostic.citedSections());
		assertEquals("a.proposal:7:53", diagnostic.location());
		assertEquals("warning", diagnostic.severityWord());
	}

	@Test
	void xtextsCodesAreShortAndCiteNoSection() {
		Diagnostic syntax = Diagnostic.of("a.proposal", issue(org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, null, 0));
		assertEquals("syntax", syntax.check());
		assertEquals(1, syntax.line());
		assertEquals(1, syntax.column());
		assertEquals(List.of(), syntax.sections());
		assertEquals("", syntax.citedSections());
		assertEquals("linking", Diagnostic.of("a", issue(org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC, Severity.ERROR, 1, 1)).check());
		assertEquals("xtext", Diagnostic.of("a", issue(null, Severity.ERROR, 1, 1)).check());
	}

	@Test
	void anIgnoredSeverityIsNoDiagnostic() {
		assertThrows(IllegalArgumentException.class, () -> new Diagnostic("a", 1, 1, Severity.IGNORE, "x", "y"));
	}

	@Test
	void theOrderIsByFilePositionAndSeverity() {
		Diagnostic info = new Diagnostic("a", 2, 1, Severity.INFO, "b", "m");
		Diagnostic error = new Diagnostic("a", 2, 1, Severity.ERROR, "c", "m");
		Diagnostic first = new Diagnostic("a", 1, 9, Severity.INFO, "z", "m");
		Diagnostic otherFile = new Diagnostic("0", 9, 9, Severity.INFO, "z", "m");
		assertEquals(List.of(otherFile, first, error, info), List.of(info, error, first, otherFile).stream().sorted(Diagnostic.ORDER).toList());
	}
}
