package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.hover.ProposalHover;
import org.proposalstudio.language.ide.hover.ProposalHover.HoverText;

/** Hover: of a name, the declaration's kind, name and documentation (its comment, its description). */
class ProposalHoverTest {

	private static final String TEXT = """
			proposal P {
				human H
				model M
				// the human consults the model
				amplified Amp(M) = H consulting M "H with access to M"
				signal imitationLoss: imitation trains M from Amp(M)
			}
			""";

	private final ProposalHover hover = Ide.get(ProposalHover.class);

	@Test
	void aReferenceShowsTheDeclarationsKindNameAndDocumentation() {
		XtextResource resource = Ide.parse(TEXT);
		int reference = TEXT.indexOf("Amp(M)\n") + 2;
		HoverText text = hover.hoverAt(resource, reference).orElseThrow();
		assertEquals("amplified model Amp(M)\n\nthe human consults the model\n\nH with access to M", text.text());
		assertEquals(TEXT.indexOf("Amp(M)\n"), text.region().getOffset(), "the hover is about the reference");
		assertEquals("Amp(M)".length(), text.region().getLength());
	}

	@Test
	void aDeclarationWithoutDocumentationShowsItsKindAndName() {
		XtextResource resource = Ide.parse(TEXT);
		assertEquals("training signal imitationLoss", hover.hoverAt(resource, TEXT.indexOf("imitationLoss")).orElseThrow().text());
		int consulted = TEXT.indexOf("consulting M") + "consulting ".length();
		assertEquals("model M", hover.hoverAt(resource, consulted).orElseThrow().text());
	}

	@Test
	void aKeywordShowsNothing() {
		Optional<HoverText> onKeyword = hover.hoverAt(Ide.parse(TEXT), TEXT.indexOf("trains"));
		assertTrue(onKeyword.isEmpty(), onKeyword.toString());
	}
}
