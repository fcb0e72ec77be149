package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens: each name with the kind of what it declares or refers to, as the workbench's editor colours it. */
class SemanticTokensTest {

	@TempDir
	Path temp;

	@Test
	void participantsAndMechanismsAreTokensOfTheirKind() throws Exception {
		try (Server server = Server.on(temp)) {
			String text = "proposal P cites 3 {\n\thuman H\n\tmodel M\n\tamplified Amp(M) = H consulting M\n}\n";
			String uri = server.open("p.proposal", text);
			SemanticTokensLegend legend = server.capabilities.getCapabilities().getSemanticTokensProvider().getLegend();
			SemanticTokens tokens = Server.get(server.server.getTextDocumentService()
					.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))));
			assertEquals(List.of("P proposal declaration", "3 number", "H human declaration", "M model declaration",
					"Amp(M) amplified-model declaration", "H human", "M model"), decode(text, tokens.getData(), legend));
			assertTrue(legend.getTokenModifiers().contains("declaration"));
		}
	}

	/** Each token as "text type [declaration]". */
	static List<String> decode(String text, List<Integer> data, SemanticTokensLegend legend) {
		List<String> lines = text.lines().toList();
		List<String> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			String word = lines.get(line).substring(character, character + data.get(i + 2));
			String type = legend.getTokenTypes().get(data.get(i + 3));
			tokens.add(word + " " + type + ((data.get(i + 4) & 1) != 0 ? " declaration" : ""));
		}
		return tokens;
	}
}
