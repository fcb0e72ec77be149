package org.proposalstudio.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.checks.PaperCheck;

/**
 * One diagnostic of a proposal file as the report lists it: where it is, how severe, which check found it, and what it
 * says. The command line passes the diagnostics it reports; {@link #of(String, Issue)} converts a validator's issue.
 *
 * @param file     the file as the reader names it, e.g. {@code examples/s03-....proposal}
 * @param line     1-based
 * @param column   1-based
 * @param severity error, warning or info
 * @param check    the check's id, e.g. {@code after-the-fact-detection}, or {@code syntax}, {@code linking}, ...
 * @param message  the message, as written by the check
 * @param data     the validator's issue data, which names what the finding concerns: the oversight mechanism, the
 *                 participant or the component; the safety case attaches its challenge there
 */
public record Diagnostic(String file, int line, int column, Severity severity, String check, String message, List<String> data) {

	/** By file and position, then errors first, then by check and message: the same input always lists the same way. */
	public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
			.thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::severity).thenComparing(Diagnostic::check)
			.thenComparing(Diagnostic::message);

	public Diagnostic {
		if (severity != Severity.ERROR && severity != Severity.WARNING && severity != Severity.INFO) {
			throw new IllegalArgumentException("a diagnostic is an error, a warning or an info, not " + severity);
		}
		data = List.copyOf(data);
	}

	/** A diagnostic whose issue data is not known. */
	public Diagnostic(String file, int line, int column, Severity severity, String check, String message) {
		this(file, line, column, severity, check, message, List.of());
	}

	/** An issue of Xtext's validator, with the check named by its short id as {@code validate} prints it. */
	public static Diagnostic of(String file, Issue issue) {
		return new Diagnostic(file, atLeastOne(issue.getLineNumber()), atLeastOne(issue.getColumn()), issue.getSeverity(),
				checkOf(issue.getCode()), issue.getMessage(), issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
	}

	/** The severity as a word: error, warning, info. */
	public String severityWord() {
		return severity.name().toLowerCase(Locale.ROOT);
	}

	/** The sections of the paper the check cites, e.g. 3.2 and 4.2; none for checks that are not the paper's. */
	public List<String> sections() {
		return PaperCheck.byId(check).map(paperCheck -> List.of(paperCheck.sections())).orElse(List.of());
	}

	/** The sections as the messages cite them, "§3.2, §4.2", or an empty string. */
	public String citedSections() {
		return PaperCheck.byId(check).map(PaperCheck::citedSections).orElse("");
	}

	/** {@code file:line:column}. */
	public String location() {
		return file + ":" + line + ":" + column;
	}

	private static String checkOf(String code) {
		if (code == null) {
			return "xtext";
		}
		return switch (code) {
		case org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC -> "syntax";
		case org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC -> "linking";
		default -> code.startsWith("org.eclipse.xtext.") ? code.substring(code.lastIndexOf('.') + 1) : code;
		};
	}

	private static int atLeastOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}
}
