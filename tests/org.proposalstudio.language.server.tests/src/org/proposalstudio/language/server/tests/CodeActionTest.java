package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick fixes as code actions, keyed on the check ids: applied, they take their diagnostic away. */
class CodeActionTest {

	@TempDir
	Path temp;

	@Test
	void theFixForAMissingInnerAlignmentArgumentRemovesTheDiagnostic() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String file = "flawed/missing-inner-alignment.proposal";
			String uri = server.open(file);
			Diagnostic missing = DiagnosticsTest.only(server.client.awaitDiagnostics(uri,
					found -> DiagnosticsTest.only(found, "missing-inner-alignment").isPresent()), "missing-inner-alignment").orElseThrow();
			// as a client sends it back: data and all, through JSON
			List<CodeAction> actions = Server.get(server.server.getTextDocumentService().codeAction(new CodeActionParams(
					new TextDocumentIdentifier(uri), missing.getRange(), new CodeActionContext(List.of(missing))))).stream()
					.map(either -> either.getRight()).toList();
			assertEquals(1, actions.size(), actions.toString());
			CodeAction fix = actions.get(0);
			assertEquals(CodeActionKind.QuickFix, fix.getKind());
			List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
			String fixed = FormattingTest.apply(server.text(file), edits);

			server.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					List.of(new TextDocumentContentChangeEvent(fixed))));
			server.client.awaitDiagnostics(uri, found -> DiagnosticsTest.only(found, "missing-inner-alignment").isEmpty()
					&& DiagnosticsTest.only(found, "syntax").isEmpty());
		}
	}
}
