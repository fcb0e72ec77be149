package org.proposalstudio.language.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
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

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		super.convertValidatorDiagnostic(diagnostic, oneLine(acceptor));
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
