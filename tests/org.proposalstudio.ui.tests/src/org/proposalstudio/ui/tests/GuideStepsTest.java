package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.ui.guide.GuideSteps;

/** The guide's steps as read from a cheat sheet file. */
class GuideStepsTest {

	@Test
	void readsTheTitleTheIntroAndEachStepWithItsCommand() throws Exception {
		GuideSteps guide = GuideSteps.read(sheet("""
				<cheatsheet title="Write a proposal">
				   <intro><description>
				An <b>overview</b> of
				   the steps.
				   </description></intro>
				   <item title="Create it"><description>Use <b>File &gt; New</b>.</description>
				      <command serialization="org.eclipse.ui.newWizard" confirm="false"/></item>
				   <item title="Read it"><description>Read.</description></item>
				</cheatsheet>
				"""));
		assertEquals("Write a proposal", guide.title());
		assertEquals("An overview of the steps.", guide.intro().text());
		assertEquals(List.of(3, 8), List.of(guide.intro().bold().get(0)[0], guide.intro().bold().get(0)[1]));
		assertEquals(List.of("Create it", "Read it"), guide.steps().stream().map(GuideSteps.Step::title).toList());
		assertEquals("Use File > New.", guide.steps().get(0).description().text());
		assertEquals("org.eclipse.ui.newWizard", guide.steps().get(0).command());
		assertNull(guide.steps().get(1).command());
	}

	@Test
	void aFileThatIsNoCheatSheetIsAnError() {
		IOException error = assertThrows(IOException.class, () -> GuideSteps.read(sheet("<cheatsheet")));
		assertTrue(error.getMessage().startsWith("The guide cheatsheets/first-proposal.xml is not a cheat sheet"), error.getMessage());
	}

	private static InputStream sheet(String xml) {
		return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
	}
}
