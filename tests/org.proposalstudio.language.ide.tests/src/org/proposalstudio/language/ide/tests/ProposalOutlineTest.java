package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.symbols.ProposalOutline;
import org.proposalstudio.language.ide.symbols.ProposalOutline.OutlineNode;

/** The outline: the document symbols of a file, every part of a proposal named, in offsets. */
class ProposalOutlineTest {

	private static final String TEXT = """
			proposal P {
				human H
				model M
				flow H -> M: information
				oversight o: H oversees M continuously checking per-step-myopia
					mitigating overfitting "held out"
				deploy M
				inner alignment is promising relies on o "a"
			}
			proposal Q extends P {
			}
			""";

	private final ProposalOutline outline = Ide.get(ProposalOutline.class);

	@Test
	void eachPartOfAProposalIsANodeNamedByWhatItSays() {
		List<OutlineNode> roots = outline.outline(Ide.parse(TEXT));
		assertEquals(List.of("P: proposal", "Q: proposal"), roots.stream().map(ProposalOutlineTest::label).toList());
		assertEquals(List.of("H: human", "M: model", "H -> M: null", "o: oversight", "deploy M: null",
				"inner alignment: promising"), roots.get(0).children().stream().map(ProposalOutlineTest::label).toList());
		assertEquals(List.of("mitigating overfitting: null"),
				roots.get(0).children().get(3).children().stream().map(ProposalOutlineTest::label).toList());
	}

	@Test
	void aNodeSelectsItsNameAndSpansItsText() {
		OutlineNode oversight = outline.outline(Ide.parse(TEXT)).get(0).children().get(3);
		assertEquals(TEXT.indexOf("o:"), oversight.selection().getOffset());
		assertEquals(1, oversight.selection().getLength());
		assertEquals(TEXT.indexOf("oversight o"), oversight.range().getOffset());
	}

	@Test
	void theInnermostNodeAtAnOffsetIsWhatTheCaretIsIn() {
		OutlineNode proposal = outline.outline(Ide.parse(TEXT)).get(0);
		assertEquals("mitigating overfitting", proposal.innermostAt(TEXT.indexOf("held out")).name());
		assertEquals("M", proposal.innermostAt(TEXT.indexOf("model M") + 2).name());
		assertEquals("P", proposal.innermostAt(TEXT.indexOf("}")).name());
	}

	private static String label(OutlineNode node) {
		return node.name() + ": " + node.detail();
	}
}
