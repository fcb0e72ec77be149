package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.proposalstudio.ui.guide.GuideSteps;

/**
 * Help > Cheat Sheets > Write your first proposal: every step's command exists, and so does the wizard, page or view it
 * names. (The cheat sheet view itself comes with the Eclipse Platform's help, which this test runtime leaves out.)
 */
class CheatSheetTest {

	@Test
	void everyCommandNamesAWizardPageOrViewThatExists() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		List<ParameterizedCommand> steps = new ArrayList<>();
		for (GuideSteps.Step step : GuideSteps.firstProposal().steps()) {
			if (step.command() != null) {
				steps.add(commands.deserialize(step.command()));
			}
		}
		assertEquals(5, steps.size());
		for (ParameterizedCommand step : steps) {
			assertTrue(step.getCommand().isDefined(), step.getId());
			step.getParameterMap().forEach((parameter, value) -> assertTrue(exists(parameter.toString(), value.toString()),
					step.getId() + ": " + parameter + "=" + value));
		}
	}

	private static boolean exists(String parameter, String id) {
		return switch (parameter) {
		case "newWizardId" -> PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id) != null;
		case "preferencePageId" -> PlatformUI.getWorkbench().getPreferenceManager().getElements(0).stream()
				.map(IPreferenceNode::getId).anyMatch(id::equals);
		case "org.eclipse.ui.views.showView.viewId" -> PlatformUI.getWorkbench().getViewRegistry().find(id) != null;
		default -> false;
		};
	}
}
