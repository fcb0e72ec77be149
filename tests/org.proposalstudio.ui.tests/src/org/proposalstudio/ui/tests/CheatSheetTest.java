package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Help > Cheat Sheets > Write your first proposal: every step's command exists, and so does the wizard, page or view it
 * names. (The cheat sheet view itself comes with the Eclipse Platform's help, which this test runtime leaves out.)
 */
class CheatSheetTest {

	@Test
	void everyCommandNamesAWizardPageOrViewThatExists() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		List<ParameterizedCommand> steps = new ArrayList<>();
		for (String serialization : commandsOf("cheatsheets/first-proposal.xml")) {
			steps.add(commands.deserialize(serialization));
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

	private static List<String> commandsOf(String path) throws Exception {
		try (InputStream in = Platform.getBundle("org.proposalstudio.ui").getEntry(path).openStream()) {
			NodeList elements = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("command");
			List<String> serializations = new ArrayList<>();
			for (int i = 0; i < elements.getLength(); i++) {
				serializations.add(((Element) elements.item(i)).getAttribute("serialization"));
			}
			return serializations;
		}
	}
}
