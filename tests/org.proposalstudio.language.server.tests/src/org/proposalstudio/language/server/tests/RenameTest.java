package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.language.server.tests.ExampleFiles.S03;
import static org.proposalstudio.language.server.tests.ExampleFiles.S04;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename across files, and the names it refuses. */
class RenameTest {

	@TempDir
	Path temp;

	@Test
	void renamingALimitChangesEveryReferenceInEveryFile() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			Position onHch = NavigationTest.position(server.text(S03), "limit hch", "hch", 0);
			WorkspaceEdit edit = Server.get(server.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(uri), onHch, "hchLimit")));
			Map<String, List<TextEdit>> changes = changes(edit);
			assertTrue(changes.keySet().containsAll(List.of(server.uri(S03), server.uri(S04))), changes.keySet().toString());
			String base = FormattingTest.apply(server.text(S03), changes.get(server.uri(S03)));
			assertTrue(base.contains("limit hchLimit: HCH of Amp(M)") && !base.contains("relies on hch,"), base);
			String extension = FormattingTest.apply(server.text(S04), changes.get(server.uri(S04)));
			assertTrue(extension.contains("relies on hchLimit, imitationLoss, rat"), extension);
		}
	}

	@Test
	void aNameThatClashesOrIsNoNameIsRefused() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			Position onM = NavigationTest.position(server.text(S03), "model M", "M", 0);
			String clash = Server.errorOf(server.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(uri), onM, "H")));
			assertEquals("'H' already names the human of proposal 'ImitativeAmplificationIntermittentOversight'", clash);
			String noName = Server.errorOf(server.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(uri), onM, "two words")));
			assertTrue(noName.startsWith("'two words' is not a name"), noName);
			Position onProposal = NavigationTest.position(server.text(S03), "proposal ", "Imitative", 0);
			String proposalClash = Server.errorOf(server.server.getTextDocumentService().rename(
					new RenameParams(new TextDocumentIdentifier(uri), onProposal, "ImitativeAmplificationRelaxedAdversarialTraining")));
			assertTrue(proposalClash.contains("already names a proposal"), proposalClash);
		}
	}

	static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
		if (edit.getChanges() != null) {
			return edit.getChanges();
		}
		return edit.getDocumentChanges().stream().map(either -> either.getLeft())
				.collect(java.util.stream.Collectors.toMap(change -> change.getTextDocument().getUri(), change -> change.getEdits().stream()
						.map(either -> either.getLeft()).toList()));
	}
}
