package org.proposalstudio.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.model.io.Messages;

/**
 * One diagnostic as the command line reports it: {@code file:line:column: severity: [check] message}, always on one
 * line (a file name or a message with a line break in it would break the format tools read). The end of the text it
 * concerns ({@code endLine}, {@code endColumn}: the position just after it, 1-based) is for tools, such as
 * SARIF's regions; it equals the start where the diagnostic concerns a position rather than a stretch of text. Its
 * {@code data} is the validator's issue data, which names what a finding concerns (a safety case attaches its
 * challenge there); it is left out of {@code validate --format json}.
 */
record Finding(String file, int line, int column, int endLine, int endColumn, String severity, String check, String message,
		List<String> data) {

	/** A diagnostic at a position, concerning no stretch of text. */
	Finding(String file, int line, int column, String severity, String check, String message) {
		this(file, line, column, line, column, severity, check, message);
	}

	/** A diagnostic with no issue data. */
	Finding(String file, int line, int column, int endLine, int endColumn, String severity, String check, String message) {
		this(file, line, column, endLine, endColumn, severity, check, message, List.of());
	}

	Finding {
		file = Messages.oneLine(file);
		message = Messages.oneLine(message);
		data = List.copyOf(data);
	}

	/**
	 * By position, then errors before warnings before infos, then by check and message: a total order, so that the
	 * same input always gives the same output (the validator's own order of diagnostics at one position is not fixed).
	 */
	static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column).thenComparingInt(Finding::severityRank).thenComparing(Finding::check)
			.thenComparing(Finding::message);

	static Finding of(String file, Issue issue) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = Math.max(line, orOne(issue.getLineNumberEnd()));
		int endColumn = endLine == line ? Math.max(column, orOne(issue.getColumnEnd())) : orOne(issue.getColumnEnd());
		return new Finding(file, line, column, endLine, endColumn, issue.getSeverity().name().toLowerCase(Locale.ROOT),
				ProposalIssueCodes.checkIdOf(issue.getCode()), issue.getMessage(),
				issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
	}

	/** A load-time problem of a resource: a syntax or linking error. */
	static Finding of(String file, Resource.Diagnostic diagnostic) {
		int line = Math.max(diagnostic.getLine(), 1);
		int column = Math.max(diagnostic.getColumn(), 1);
		if (!(diagnostic instanceof AbstractDiagnostic xtext)) {
			return new Finding(file, line, column, "error", ProposalIssueCodes.checkIdOf(null), diagnostic.getMessage());
		}
		int endLine = Math.max(line, xtext.getLineEnd());
		int endColumn = endLine == line ? Math.max(column, xtext.getColumnEnd()) : Math.max(xtext.getColumnEnd(), 1);
		return new Finding(file, line, column, endLine, endColumn, "error", ProposalIssueCodes.checkIdOf(xtext.getCode()),
				diagnostic.getMessage());
	}

	/** A problem with a model element, at the place its text starts. */
	static Finding at(EObject element, String severity, String check, String message) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return new Finding(ProposalFiles.displayName(element.eResource()), 1, 1, severity, check, message);
		}
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
		return new Finding(ProposalFiles.displayName(element.eResource()), start.getLine(), start.getColumn(), end.getLine(),
				end.getColumn(), severity, check, message);
	}


	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private int severityRank() {
		return switch (severity) {
		case "error" -> 0;
		case "warning" -> 1;
		default -> 2;
		};
	}

	boolean isError() {
		return severity.equals("error");
	}

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity + ": [" + check + "] " + message;
	}
}
