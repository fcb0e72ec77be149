package org.proposalstudio.ui.guide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.proposalstudio.ui.ProposalUiPlugin;

/**
 * Help > Proposal Guide: how to write a proposal, step by step, each step with a link that does it. It shows the cheat
 * sheet's steps without the help system, which the Proposal Studio product does not have.
 */
public class GuideView extends ViewPart {

	public static final String ID = "org.proposalstudio.ui.guideView";

	private ScrolledComposite scroller;
	private final List<Link> links = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite page = new Composite(scroller, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GuideSteps guide;
		try {
			guide = GuideSteps.firstProposal();
		} catch (IOException e) {
			ProposalUiPlugin.log("Could not read the guide", e);
			paragraph(page, new GuideSteps.Text("The guide could not be read: see the error log.", List.of()));
			finish(page);
			return;
		}
		heading(page, guide.title(), JFaceResources.getHeaderFont());
		paragraph(page, guide.intro());
		int number = 1;
		for (GuideSteps.Step step : guide.steps()) {
			heading(page, number++ + ". " + step.title(), JFaceResources.getBannerFont());
			paragraph(page, step.description());
			if (step.command() != null) {
				link(page, step.command());
			}
		}
		finish(page);
	}

	/** The links of the steps that have a command, in order; for tests. */
	public List<Link> links() {
		return links;
	}

	/** The view's top control, whose content is the guide's page; for tests. */
	public Control control() {
		return scroller;
	}

	private void finish(Composite page) {
		scroller.setContent(page);
		// paragraphs wrap to the view's width, and the page grows downwards as far as they need
		scroller.addListener(SWT.Resize, event -> {
			int width = scroller.getClientArea().width;
			scroller.setMinHeight(page.computeSize(width, SWT.DEFAULT).y);
		});
	}

	private static void heading(Composite page, String text, Font font) {
		Label label = new Label(page, SWT.WRAP);
		label.setText(text);
		label.setFont(font);
		label.setBackground(page.getBackground());
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
		layout.verticalIndent = 8;
		label.setLayoutData(layout);
	}

	private static void paragraph(Composite page, GuideSteps.Text text) {
		StyledText paragraph = new StyledText(page, SWT.WRAP | SWT.READ_ONLY);
		paragraph.setText(text.text());
		paragraph.setBackground(page.getBackground());
		paragraph.setCaret(null);
		for (int[] bold : text.bold()) {
			paragraph.setStyleRange(new StyleRange(bold[0], bold[1], null, null, SWT.BOLD));
		}
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
		layout.widthHint = 200; // wrap to the view's width, not to the text's
		paragraph.setLayoutData(layout);
	}

	private void link(Composite page, String serialized) {
		Link link = new Link(page, SWT.NONE);
		link.setText("<a>" + actionOf(serialized) + "</a>");
		link.setBackground(page.getBackground());
		link.addListener(SWT.Selection, event -> perform(serialized));
		links.add(link);
	}

	/** What the link says, after the command it runs. */
	private static String actionOf(String serialized) {
		if (serialized.startsWith("org.eclipse.ui.newWizard")) {
			return "Open the wizard";
		}
		if (serialized.startsWith("org.eclipse.ui.views.showView")) {
			return "Show the view";
		}
		if (serialized.startsWith("org.eclipse.ui.window.preferences")) {
			return "Open the preferences";
		}
		return "Do it";
	}

	private void perform(String serialized) {
		try {
			ParameterizedCommand command = getSite().getService(ICommandService.class).deserialize(serialized);
			getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (CommandException e) {
			ProposalUiPlugin.log("The guide's step '" + serialized + "' failed", e);
		}
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}
}
