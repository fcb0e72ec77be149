package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.formatting.ProposalFormatting;

/** Formatting through the ide FormattingService: the language's formatter, with tabs. */
class ProposalFormattingTest {

	private final ProposalFormatting formatting = Ide.get(ProposalFormatting.class);

	@Test
	void aMessyProposalIsLaidOutAsTheExamplesAre() {
		XtextResource resource = Ide.parse("proposal   P{human H\n      model   M\ndeploy M ,H}");
		assertEquals("""
				proposal P {
					human H
					model M
					deploy M, H
				}
				""", Ide.apply(resource, formatting.format(resource)));
	}

	@Test
	void aFormattedProposalIsLeftAsItIs() {
		String text = "proposal P {\n\thuman H\n}\n";
		XtextResource resource = Ide.parse(text);
		assertEquals(text, Ide.apply(resource, formatting.format(resource)));
	}

	@Test
	void aProposalThatDoesNotParseIsLeftAlone() {
		XtextResource resource = Ide.parse("proposal   P{human H\n   model }");
		assertEquals(List.of(), formatting.format(resource));
	}
}
