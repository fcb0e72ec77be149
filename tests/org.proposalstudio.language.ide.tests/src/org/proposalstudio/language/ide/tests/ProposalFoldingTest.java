package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.util.ITextRegion;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.symbols.ProposalFolding;

/** Folding: blocks and long declarations that span lines, never a single line. */
class ProposalFoldingTest {

	private static final String TEXT = """
			proposal P {
				human H
				oversight o: H oversees M continuously
					checking per-step-myopia
				model M
			}
			""";

	@Test
	void theProposalAndItsMultiLineMembersFold() {
		List<ITextRegion> regions = Ide.get(ProposalFolding.class).foldingRegions(Ide.parse(TEXT));
		List<String> starts = regions.stream().map(region -> TEXT.substring(region.getOffset()).lines().findFirst().orElse(""))
				.toList();
		assertTrue(starts.contains("proposal P {"), starts.toString());
		assertTrue(starts.stream().anyMatch(start -> start.contains("oversight o")), starts.toString());
		assertEquals(0, starts.stream().filter(start -> start.contains("human H")).count(), "one line does not fold");
	}
}
