package org.proposalstudio.language.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.TextChange;

import com.google.inject.Inject;

/**
 * The quick fixes of the ide services ({@link ProposalQuickfixProvider}) for a diagnostic of a parsed resource, as
 * text changes. A marker may be older than the text, so the diagnostic is looked up again by its check id and data
 * in a fresh validation of the resource, nearest where the marker was.
 */
public class ProposalQuickfixes {

	/** A fix: its label, and the changes that make it, last first. */
	public record Fix(String label, List<TextChange> changes) {
	}

	@Inject
	private IQuickFixProvider provider;

	/** Whether the check has quick fixes at all, without validating anything. */
	public boolean hasFixes(String checkId) {
		return provider.handlesDiagnostic(diagnostic(checkId, new Range(), List.of()));
	}

	public List<Fix> fixesFor(XtextResource resource, String checkId, List<String> data, int offset) {
		if (!hasFixes(checkId)) {
			return List.of();
		}
		return current(resource, checkId, data, offset).map(issue -> fixesFor(resource, issue)).orElse(List.of());
	}

	public List<Fix> fixesFor(XtextResource resource, Issue issue) {
		Document document = Documents.of(resource);
		Range range = new Range(document.getPosition(issue.getOffset()), document.getPosition(issue.getOffset() + issue.getLength()));
		Diagnostic diagnostic = diagnostic(issue.getCode(), range, issue.getData() == null ? List.of() : List.of(issue.getData()));
		Options options = new Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(Documents.uriOf(resource));
		options.setLanguageServerAccess(new ResourceAccess(resource));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(Documents.identifierOf(resource), range, new CodeActionContext(List.of(diagnostic))));
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			List<TextEdit> edits = editsOf(resolution.apply());
			if (!edits.isEmpty()) {
				fixes.add(new Fix(resolution.getLabel(), TextChange.of(document, edits)));
			}
		}
		return fixes;
	}

	private static Optional<Issue> current(XtextResource resource, String checkId, List<String> data, int offset) {
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		return issues.stream()
				.filter(issue -> checkId.equals(issue.getCode()) && issue.getOffset() != null)
				.filter(issue -> Objects.equals(data, issue.getData() == null ? List.of() : List.of(issue.getData())))
				.min(Comparator.comparingInt(issue -> Math.abs(issue.getOffset() - offset)));
	}

	private static Diagnostic diagnostic(String code, Range range, List<String> data) {
		Diagnostic diagnostic = new Diagnostic(range, code, DiagnosticSeverity.Warning, "proposal-studio", code);
		diagnostic.setData(data.toArray(String[]::new));
		return diagnostic;
	}

	/** The edits come as plain changes: {@link ResourceAccess} declares no client able to take versioned ones. */
	private static List<TextEdit> editsOf(WorkspaceEdit edit) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().values().forEach(edits::addAll);
		}
		return edits;
	}
}
