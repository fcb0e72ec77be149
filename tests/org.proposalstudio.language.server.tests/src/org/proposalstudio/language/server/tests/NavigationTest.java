package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.language.server.tests.ExampleFiles.S03;
import static org.proposalstudio.language.server.tests.ExampleFiles.S04;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition, find references and document highlight, across the files of the workspace. */
class NavigationTest {

	@TempDir
	Path temp;

	@Test
	void theDefinitionOfAnInheritedParticipantIsInTheExtendedFile() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S04);
			Position onM = position(server.text(S04), "oversight rat", "oversees M", "oversees ".length());
			List<? extends Location> definitions = Server.get(server.server.getTextDocumentService()
					.definition(new DefinitionParams(new TextDocumentIdentifier(uri), onM))).getLeft();
			assertEquals(1, definitions.size(), definitions.toString());
			assertEquals(server.uri(S03), definitions.get(0).getUri());
			assertEquals(FiguresTest.lineOf(server.text(S03), "model M"), definitions.get(0).getRange().getStart().getLine());
		}
	}

	@Test
	void theReferencesOfAParticipantAreFoundInEveryFile() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			Position onM = position(server.text(S03), "model M", "M", 0);
			ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri), onM, new ReferenceContext(false));
			Set<String> files = Server.get(server.server.getTextDocumentService().references(params)).stream()
					.map(Location::getUri).collect(Collectors.toSet());
			assertTrue(files.containsAll(Set.of(server.uri(S03), server.uri(S04))), files.toString());
		}
	}

	@Test
	void theOccurrencesOfANameAreHighlighted() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			Position onOversight = position(server.text(S03), "oversight intermittentOversight", "intermittentOversight", 0);
			List<? extends DocumentHighlight> highlights = Server.get(server.server.getTextDocumentService()
					.documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(uri), onOversight)));
			assertTrue(highlights.size() >= 3, "the declaration and the arguments relying on it: " + highlights);
		}
	}

	/** The position {@code offset} characters into {@code word}, on the first line that starts with {@code lineStart}. */
	static Position position(String text, String lineStart, String word, int offset) {
		int line = FiguresTest.lineOf(text, lineStart);
		String content = text.lines().toList().get(line);
		int start = content.indexOf(lineStart);
		return new Position(line, content.indexOf(word, start) + offset);
	}
}
