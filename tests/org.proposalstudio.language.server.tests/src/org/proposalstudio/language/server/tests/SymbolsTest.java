package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.language.server.tests.ExampleFiles.S03;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline (document symbols), workspace symbols and folding ranges. */
class SymbolsTest {

	@TempDir
	Path temp;

	@Test
	void theOutlineNestsADeclarationsUnderItsProposal() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			List<DocumentSymbol> symbols = Server.get(server.server.getTextDocumentService()
					.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))).stream().map(either -> either.getRight()).toList();
			assertEquals(List.of("ImitativeAmplificationIntermittentOversight"), symbols.stream().map(DocumentSymbol::getName).toList());
			List<DocumentSymbol> members = symbols.get(0).getChildren();
			assertTrue(members.stream().anyMatch(member -> member.getName().equals("Amp(M)") && "amplified model".equals(member.getDetail())),
					members.toString());
			assertTrue(members.stream().anyMatch(member -> member.getName().equals("inner alignment")), members.toString());
		}
	}

	@Test
	void workspaceSymbolsFindProposalsOfEveryFile() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			var symbols = Server.get(server.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("Debate")));
			List<String> names = symbols.isLeft() ? symbols.getLeft().stream().map(symbol -> symbol.getName()).toList()
					: symbols.getRight().stream().map(symbol -> symbol.getName()).toList();
			assertTrue(names.stream().anyMatch(name -> name.contains("Debate")), names.toString());
		}
	}

	@Test
	void blocksFold() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			List<FoldingRange> ranges = Server.get(server.server.getTextDocumentService()
					.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
			int proposal = FiguresTest.lineOf(server.text(S03), "proposal ");
			assertTrue(ranges.stream().anyMatch(range -> range.getStartLine() == proposal && range.getEndLine() > proposal + 10),
					ranges.toString());
		}
	}
}
