package org.proposalstudio.language.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.language.resource.Positions;
import org.proposalstudio.model.io.Messages;

/**
 * Every issue of the language, whatever made it (the parser, the linker, the checks), is one line: editors show it in
 * a list and the command line prints it as {@code file:line:column: message}, which tools read line by line.
 */
public class ProposalDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(org.eclipse.emf.ecore.resource.Resource.Diagnostic diagnostic, Severity severity,
			IAcceptor<Issue> acceptor) {
		super.convertResourceDiagnostic(diagnostic, severity, oneLine(acceptor));
	}

	/**
	 * A check that throws is a bug, which Xtext reports as "Error executing EValidator" with the exception as data:
	 * it becomes an {@link ProposalIssueCodes#INTERNAL} error that says what failed, so that the command line exits 3
	 * and an editor shows it in place of the findings it could not make.
	 */
	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		Throwable bug = diagnostic.getData().stream().filter(Throwable.class::isInstance).map(Throwable.class::cast).findFirst().orElse(null);
		if (bug == null) {
			super.convertValidatorDiagnostic(diagnostic, oneLine(acceptor));
			return;
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setType(CheckType.FAST);
		issue.setCode(ProposalIssueCodes.INTERNAL);
		issue.setMessage(Messages.oneLine("A check failed, by a bug in Proposal Studio, so this file's findings may be incomplete: " + bug
				+ " (please report it with the input that caused it)"));
		issue.setLineNumber(1);
		issue.setColumn(1);
		issue.setLineNumberEnd(1);
		issue.setColumnEnd(1);
		issue.setOffset(0);
		issue.setLength(0);
		acceptor.accept(issue);
	}

	/** Where an issue on a node is, by {@link Positions}: also at the end of an old Mac file. */
	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		IssueLocation location = new IssueLocation();
		location.offset = offset;
		location.length = length;
		LineAndColumn start = Positions.of(node, offset);
		location.lineNumber = start.getLine();
		location.column = start.getColumn();
		LineAndColumn end = Positions.of(node, offset + length);
		location.lineNumberEnd = end.getLine();
		location.columnEnd = end.getColumn();
		return location;
	}

	private static IAcceptor<Issue> oneLine(IAcceptor<Issue> acceptor) {
		return issue -> {
			if (issue instanceof Issue.IssueImpl editable) {
				editable.setMessage(Messages.oneLine(issue.getMessage()));
			}
			acceptor.accept(issue);
		};
	}
}
