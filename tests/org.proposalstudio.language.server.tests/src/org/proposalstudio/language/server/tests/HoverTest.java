package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.language.server.tests.ExampleFiles.S03;

import java.nio.file.Path;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover: the declaration's kind and name, then its documentation, for a reference as for the declaration. */
class HoverTest {

	@TempDir
	Path temp;

	@Test
	void aReferenceToAnAmplifiedModelIsAboutAllOfItsName() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			String text = server.text(S03);
			int line = FiguresTest.lineOf(text, "signal imitationLoss");
			int column = text.lines().toList().get(line).indexOf("Amp(M)") + 2;
			Hover hover = Server.get(server.server.getTextDocumentService()
					.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column))));
			String contents = hover.getContents().getRight().getValue();
			assertTrue(contents.startsWith("amplified model Amp(M)\n\nthe amplification operator"), contents);
			assertEquals(column - 2, hover.getRange().getStart().getCharacter());
			assertEquals(column - 2 + "Amp(M)".length(), hover.getRange().getEnd().getCharacter());
		}
	}
}
