package org.proposalstudio.cli;

import java.util.Comparator;
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
 * line (a file name or a message with a line break in it would break the format tools read).
 */
record Finding(String file, int line, int column, String severity, String check, String message) {

	Finding {
		file = Messages.oneLine(file);
		message = Messages.oneLine(message);
	}

	/**
	 * By position, then errors before warnings before infos, then by check and message: a total order, so that the
	 * same input always gives the same output (the validator's own order of diagnostics at one position is not fixed).
	 */
	static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column).thenComparingInt(Finding::severityRank).thenComparing(Finding::check)
			.thenComparing(Finding::message);

	static Finding of(String file, Issue issue) {
		return new Finding(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
				issue.getSeverity().name().toLowerCase(Locale.ROOT), ProposalIssueCodes.checkIdOf(issue.getCode()), issue.getMessage());
	}

	/** A load-time problem of a resource: a syntax or linking error. */
	static Finding of(String file, Resource.Diagnostic diagnostic) {
		String code = diagnostic instanceof AbstractDiagnostic xtext ? xtext.getCode() : null;
		return new Finding(file, diagnostic.getLine(), Math.max(diagnostic.getColumn(), 1), "error", ProposalIssueCodes.checkIdOf(code),
				diagnostic.getMessage());
	}

	/** A problem with a model element, at the place its text starts. */
	static Finding at(EObject element, String severity, String check, String message) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return new Finding(ProposalFiles.displayName(element.eResource()), 1, 1, severity, check, message);
		}
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new Finding(ProposalFiles.displayName(element.eResource()), position.getLine(), position.getColumn(), severity, check,
				message);
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
