package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion: names in scope, keywords, and the templates as snippets. */
class CompletionTest {

	@TempDir
	Path temp;

	@Test
	void afterReliesOnTheDeclaredMechanismsAreOffered() throws Exception {
		try (Server server = Server.on(temp)) {
			String text = """
					proposal P {
						human H
						model M
						signal s: imitation trains M from H
						oversight o: H oversees M continuously checking per-step-myopia
						deploy M
						inner alignment is uncertain relies on\s
					}
					""";
			String uri = server.open("p.proposal", text);
			List<String> labels = labels(server, uri, new Position(6, "\tinner alignment is uncertain relies on ".length()));
			assertTrue(labels.containsAll(List.of("s", "o")), labels.toString());
			assertTrue(!labels.contains("M"), "a participant is no mechanism: " + labels);
		}
	}

	@Test
	void theTemplatesAreSnippetsWithTheirEditPositions() throws Exception {
		try (Server server = Server.on(temp)) {
			String uri = server.open("p.proposal", "");
			List<CompletionItem> items = items(server, uri, new Position(0, 0));
			CompletionItem template = items.stream().filter(item -> item.getLabel().equals("proposal (template)")).findFirst()
					.orElseThrow(() -> new AssertionError(items));
			assertEquals(InsertTextFormat.Snippet, template.getInsertTextFormat());
			String snippet = template.getTextEdit() != null ? template.getTextEdit().getLeft().getNewText() : template.getInsertText();
			assertTrue(snippet.contains("${1:NewProposal}"), snippet);
			assertTrue(items.stream().anyMatch(item -> item.getLabel().equals("proposal")), "the keyword too: " + items);
		}
	}

	static List<String> labels(Server server, String uri, Position position) {
		return items(server, uri, position).stream().map(CompletionItem::getLabel).toList();
	}

	static List<CompletionItem> items(Server server, String uri, Position position) {
		var answer = Server.get(server.server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), position)));
		return answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
	}
}
