package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** Semantic highlighting: names declared and referred to, by the kind of what they name, and citation numbers. */
class ProposalSemanticHighlightingTest {

	private static final String TEXT = """
			proposal P section 3 cites 17, 18 {
				human H
				model M
				amplified Amp(M) = H consulting M
				reward model R
				signal imitationLoss: imitation trains M from Amp(M)
				deploy M, Nobody
				outer alignment is promising cites 4 relies on imitationLoss "..."
			}
			""";

	private record Position(int offset, String text, List<String> styles) {
	}

	@Test
	void declaredNamesHaveTheKindOfWhatTheyDeclare() {
		List<Position> positions = highlight(TEXT);
		assertEquals(List.of("declaration", "kind.human"), stylesAt(positions, TEXT.indexOf("H\n")));
		assertEquals(List.of("declaration", "kind.amplified-model"), stylesAt(positions, TEXT.indexOf("Amp(M) =")));
		assertEquals(List.of("declaration", "kind.reward-model"), stylesAt(positions, TEXT.indexOf("R\n")));
		assertEquals(List.of("declaration", "kind.signal"), stylesAt(positions, TEXT.indexOf("imitationLoss:")));
		assertEquals(List.of("declaration", "kind.proposal"), stylesAt(positions, TEXT.indexOf("P ")));
	}

	@Test
	void referencesHaveTheKindOfWhatTheyResolveTo() {
		List<Position> positions = highlight(TEXT);
		assertEquals(List.of("reference", "kind.amplified-model"), stylesAt(positions, TEXT.indexOf("Amp(M)\n")));
		assertEquals(List.of("reference", "kind.amplified-model"), stylesAt(positions, TEXT.indexOf("Amp(M)\n") + 4),
				"the whole of Amp(M), the M inside too");
		assertEquals(List.of("reference", "kind.model"), stylesAt(positions, TEXT.indexOf("M, Nobody")));
		assertEquals(List.of("reference"), stylesAt(positions, TEXT.indexOf("Nobody")), "an unresolved name is a reference");
		assertEquals(List.of("reference", "kind.signal"), stylesAt(positions, TEXT.indexOf("imitationLoss \"")));
	}

	@Test
	void citationNumbersAreCitations() {
		List<Position> positions = highlight(TEXT);
		assertEquals(List.of("citation"), stylesAt(positions, TEXT.indexOf("17")));
		assertEquals(List.of("citation"), stylesAt(positions, TEXT.indexOf("4 relies")));
		assertEquals(List.of(), stylesAt(positions, TEXT.indexOf("3 cites")), "a section number is no citation");
	}

	private static List<Position> highlight(String text) {
		XtextResource resource = Ide.parse(text);
		List<Position> positions = new ArrayList<>();
		Ide.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> positions.add(new Position(offset, text.substring(offset, offset + length), List.of(styles))),
				CancelIndicator.NullImpl);
		return positions;
	}

	private static List<String> stylesAt(List<Position> positions, int offset) {
		return positions.stream().filter(position -> position.offset() == offset).findFirst().map(Position::styles)
				.orElse(List.of());
	}
}
