package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.proposalstudio.language.ide.TextChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formatting, of a document and of a range, returns edits that lay the text out as the command line's format does. */
class FormattingTest {

	private static final String MESSY = "proposal P {\nhuman H\n   model M\n\tdeploy M\n}\n";

	@TempDir
	Path temp;

	@Test
	void aDocumentIsLaidOutWithTabs() throws Exception {
		try (Server server = Server.on(temp)) {
			String uri = server.open("p.proposal", MESSY);
			List<? extends TextEdit> edits = Server.get(server.server.getTextDocumentService()
					.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false))));
			assertEquals("proposal P {\n\thuman H\n\tmodel M\n\tdeploy M\n}\n", apply(MESSY, edits));
		}
	}

	@Test
	void aRangeChangesOnlyItsLines() throws Exception {
		try (Server server = Server.on(temp)) {
			String uri = server.open("p.proposal", MESSY);
			Range secondMember = new Range(new Position(1, 7), new Position(2, 10));
			List<? extends TextEdit> edits = Server.get(server.server.getTextDocumentService().rangeFormatting(
					new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false), secondMember)));
			assertFalse(edits.isEmpty());
			String formatted = apply(MESSY, edits);
			assertEquals("\tmodel M", formatted.lines().toList().get(2));
			assertEquals("human H", formatted.lines().toList().get(1), "outside the range");
		}
	}

	/** The edits made, each on the text as it was before any: as a client applies a list of edits. */
	static String apply(String text, List<? extends TextEdit> edits) {
		return TextChange.apply(text, TextChange.of(new Document(1, text), edits));
	}
}
