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

	/** As the command line does: a comment after a bare \r was taken for the end of the line before. */
	@Test
	void oldMacLineEndsBetweenTokensBecomeLineFeedsSoThatFormattingAgainChangesNothing() {
		XtextResource resource = Ide.parse("proposal Mac {\r\tmodel M \"a\rb\"\r// the human\r\thuman H\r}\r");
		String formatted = Ide.apply(resource, formatting.format(resource));
		assertEquals("proposal Mac {\n\tmodel M \"a\rb\"\n// the human\n\thuman H\n}\n", formatted, "the \\r inside the string is its own");
		XtextResource again = Ide.parse(formatted);
		assertEquals(List.of(), formatting.format(again));
	}

	@Test
	void aProposalThatDoesNotParseIsLeftAlone() {
		XtextResource resource = Ide.parse("proposal   P{human H\n   model }");
		assertEquals(List.of(), formatting.format(resource));
	}
}
