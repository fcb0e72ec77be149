package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TypedRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.editor.LanguageServices;
import org.proposalstudio.ui.editor.highlighting.ProposalDamagerRepairer;
import org.proposalstudio.ui.editor.highlighting.ProposalTokenScanner;

/** What a change makes the editor repaint: its line, or everything after it when it changes how the rest reads. */
class HighlightingDamageTest {

	private static final String TEXT = """
			proposal P {
				human H "the human"
				model M
				flow H -> M: information
			}
			proposal Q extends P {
				deploy M "as trained"
			}
			""";

	private final ProposalDamagerRepairer damager = new ProposalDamagerRepairer(
			new ProposalTokenScanner(new LanguageServices(ProposalUiPlugin.get().injector())));
	private final IDocument document = new Document(TEXT);

	@BeforeEach
	void followTheDocument() {
		damager.setDocument(document);
	}

	@Test
	void aLetterTypedInANameRepaintsItsLine() throws Exception {
		int offset = TEXT.indexOf("model M") + "model M".length();
		assertOnTheLineOf(offset, change(offset, 0, "x"));
		assertOnTheLineOf(offset, change(offset, 1, ""));
	}

	@Test
	void aQuoteThatTurnsTheFollowingLinesIntoAStringRepaintsThemAndTakingItBackToo() throws Exception {
		int offset = TEXT.indexOf("the human");
		int deployed = TEXT.indexOf("deploy M");
		assertTrue(end(change(offset, 0, "\"")) > deployed, "the lines up to the next quote read as a string");
		assertTrue(end(change(offset, 1, "")) > deployed, "and as they were again");
	}

	@Test
	void aStretchPresentedAgainWithoutChangeRepaintsItsLines() throws Exception {
		int offset = TEXT.indexOf("human H");
		assertOnTheLineOf(offset, damage(offset, "human".length(), "human"));
	}

	/** Applies a change to the document, and the damage it makes. */
	private IRegion change(int offset, int length, String text) throws BadLocationException {
		document.replace(offset, length, text);
		return damage(offset, length, text);
	}

	private IRegion damage(int offset, int length, String text) {
		DocumentEvent event = new DocumentEvent(document, offset, length, text);
		return damager.getDamageRegion(new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE), event, false);
	}

	/** The damage is the line of {@code offset}, with or without its line break. */
	private void assertOnTheLineOf(int offset, IRegion damage) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		assertEquals(document.getLineOffset(line), damage.getOffset(), "from the start of the line");
		assertTrue(end(damage) <= document.getLineOffset(line) + document.getLineLength(line), "to its end: " + damage);
	}

	private static int end(IRegion region) {
		return region.getOffset() + region.getLength();
	}
}
