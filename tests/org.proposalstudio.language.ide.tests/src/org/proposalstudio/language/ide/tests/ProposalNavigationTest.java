package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.symbols.ProposalNavigation;
import org.proposalstudio.language.ide.symbols.ProposalNavigation.Target;

/** Go to declaration and hyperlinks: where a name is declared, in the same file or another. */
class ProposalNavigationTest {

	private static final String BASE = """
			proposal Base {
				human H
				model M
				amplified Amp(M) = H consulting M
			}
			""";

	private static final String EXTENSION = """
			proposal Extension extends Base {
				signal s: imitation trains M from Amp(M)
			}
			""";

	private final ProposalNavigation navigation = Ide.get(ProposalNavigation.class);

	@Test
	void aReferenceLeadsToItsDeclarationInTheSameFile() {
		XtextResource base = Ide.parse(BASE);
		Target target = navigation.declarationAt(base, BASE.indexOf("H consulting")).orElseThrow();
		assertEquals(base.getURI(), target.uri());
		assertEquals(BASE.indexOf("H\n"), target.selection().getOffset());
		assertEquals(1, target.selection().getLength());
	}

	@Test
	void aReferenceLeadsToItsDeclarationInAnotherFile() {
		List<XtextResource> files = Ide.parse(Map.of("a.proposal", BASE, "b.proposal", EXTENSION));
		Target target = navigation.declarationAt(files.get(1), EXTENSION.indexOf("Amp(M)") + 1).orElseThrow();
		assertEquals(files.get(0).getURI(), target.uri());
		assertEquals(BASE.indexOf("Amp(M) ="), target.selection().getOffset());
		assertEquals("Amp(M)".length(), target.selection().getLength());

		Target extended = navigation.declarationAt(files.get(1), EXTENSION.indexOf("Base")).orElseThrow();
		assertEquals(BASE.indexOf("Base"), extended.selection().getOffset());
	}

	@Test
	void theHyperlinkRegionIsTheWrittenReference() {
		List<XtextResource> files = Ide.parse(Map.of("a.proposal", BASE, "b.proposal", EXTENSION));
		int offset = EXTENSION.indexOf("Amp(M)") + 3;
		assertEquals(EXTENSION.indexOf("Amp(M)"), navigation.referenceAt(files.get(1), offset).orElseThrow().getOffset());
		assertTrue(navigation.referenceAt(files.get(1), EXTENSION.indexOf("trains")).isEmpty(), "a keyword links nowhere");
	}
}
