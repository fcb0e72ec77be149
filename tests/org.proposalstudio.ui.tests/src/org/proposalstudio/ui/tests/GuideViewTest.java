package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.ui.guide.GuideView;

/** Help > Proposal Guide: the cheat sheet's steps, readable and each one doable, without Eclipse's help system. */
class GuideViewTest {

	private GuideView view;

	@BeforeEach
	void showTheGuide() throws Exception {
		hide(IPageLayout.ID_PROBLEM_VIEW);
		view = (GuideView) Workbench.page().showView(GuideView.ID);
	}

	@AfterEach
	void hideTheViews() {
		hide(GuideView.ID);
		hide(IPageLayout.ID_PROBLEM_VIEW);
	}

	@Test
	void showsEveryStepOfTheCheatSheet() throws Exception {
		assertEquals(List.of("Write your first proposal", "1. Create a proposal project", "2. Create a proposal", "3. Write the components",
				"4. Read the checks", "5. Choose how strict the checks are", "6. Draw the proposal"),
				children().filter(Label.class::isInstance).map(label -> ((Label) label).getText()).toList());
		Screenshots.roomyWindow();
		Screenshots.take("proposal-guide");
	}

	@Test
	void aStepReadsAsOneParagraphWithTheSheetsBoldWords() {
		StyledText components = children().filter(StyledText.class::isInstance).map(StyledText.class::cast)
				.filter(text -> text.getText().startsWith("Declare the participants")).findFirst().orElseThrow();
		String text = components.getText();
		assertTrue(text.contains("and what you deploy. Then argue the four components: outer alignment,"), text);
		StyleRange human = components.getStyleRangeAtOffset(text.indexOf("human H"));
		assertNotNull(human, "'human H' is in bold in the sheet");
		assertEquals(SWT.BOLD, human.fontStyle);
		assertNull(components.getStyleRangeAtOffset(text.indexOf("Declare")), "the rest is plain");
	}

	@Test
	void aStepsLinkDoesTheStep() {
		assertEquals(5, view.links().size(), "a link for each step with a command");
		assertEquals("<a>Show the view</a>", view.links().get(2).getText());
		view.links().get(2).notifyListeners(SWT.Selection, null);
		assertNotNull(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW), "'Read the checks' shows the Problems view");
	}

	/** The headings, paragraphs and links of the guide's page, in order. */
	private Stream<?> children() {
		Composite page = (Composite) ((ScrolledComposite) view.control()).getContent();
		return Stream.of(page.getChildren());
	}

	private static void hide(String id) {
		IViewPart part = Workbench.page().findView(id);
		if (part != null) {
			Workbench.page().hideView(part);
		}
	}
}
