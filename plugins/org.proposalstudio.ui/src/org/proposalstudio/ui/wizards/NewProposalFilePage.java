package org.proposalstudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The folder and name of a new proposal file, and the template it starts from. The proposal is named after the file,
 * so the name must not be taken in the project; a template that extends another proposal brings the example that
 * declares it along, unless the project has that proposal already.
 */
public class NewProposalFilePage extends WizardNewFileCreationPage {

	private final List<ProposalTemplate> templates;
	private final Map<IProject, Set<String>> proposalNames = new HashMap<>();
	private ProposalTemplate template;
	private TableViewer templateList;
	private Text description;

	public NewProposalFilePage(IStructuredSelection selection, List<ProposalTemplate> templates) {
		super("newProposal", selection);
		this.templates = templates;
		this.template = templates.isEmpty() ? null : templates.get(0);
		setTitle("Proposal");
		setDescription("Create a proposal file, empty or from one of the paper's eleven proposals.");
		setFileExtension(ProjectModel.EXTENSION);
		setFileName("my-proposal." + ProjectModel.EXTENSION);
	}

	/** Instead of the linked-file choices: a proposal file lives in its project, where the builder sees it. */
	@Override
	protected void createAdvancedControls(Composite parent) {
		new Label(parent, SWT.NONE).setText("Start from:");
		templateList = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
		templateList.setContentProvider(ArrayContentProvider.getInstance());
		templateList.setLabelProvider(LabelProvider.createTextProvider(element -> ((ProposalTemplate) element).label()));
		templateList.setInput(templates);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 180).applyTo(templateList.getControl());
		description = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 64).applyTo(description);
		templateList.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof ProposalTemplate chosen) {
				useTemplate(chosen);
			}
		});
		if (template != null) {
			templateList.setSelection(new StructuredSelection(template));
		}
	}

	/** Chooses the template, as a click in the list does. */
	public void setTemplate(ProposalTemplate chosen) {
		templateList.setSelection(new StructuredSelection(chosen), true);
	}

	public List<ProposalTemplate> templates() {
		return templates;
	}

	private void useTemplate(ProposalTemplate chosen) {
		template = chosen;
		description.setText(chosen.description());
		setPageComplete(validatePage());
	}

	@Override
	protected IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}

	@Override
	protected void createLinkTarget() {
		// no linked files: see createAdvancedControls
	}

	@Override
	protected InputStream getInitialContents() {
		String text = template.instantiate(ProposalTemplate.nameFor(getFileName()), ProposalTemplate.titleFor(getFileName()));
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	protected boolean validatePage() {
		if (!super.validatePage()) {
			return false;
		}
		if (template == null) {
			setErrorMessage("No template could be read: see the error log");
			return false;
		}
		String name = ProposalTemplate.nameFor(getFileName());
		if (name == null) {
			setErrorMessage("The file name needs letters: the proposal is named after it");
			return false;
		}
		IProject project = project();
		if (proposalNamesIn(project).contains(name)) {
			setErrorMessage("Project '" + project.getName() + "' has a proposal named '" + name
					+ "' already: proposals are named after their files, so choose another name");
			return false;
		}
		List<ProposalTemplate.Ancestor> brought = ancestorsToAdd();
		for (ProposalTemplate.Ancestor ancestor : brought) {
			if (root().getFile(getContainerFullPath().append(ancestor.fileName())).exists()) {
				setErrorMessage("This template extends '" + ancestor.proposal() + "', which " + ancestor.fileName()
						+ " would add, but a file of that name exists and does not declare it: choose another folder");
				return false;
			}
		}
		setMessage(brought.isEmpty() ? null
				: "Also adds " + brought.stream().map(ProposalTemplate.Ancestor::fileName).collect(Collectors.joining(", "))
						+ ", the proposal" + (brought.size() == 1 ? "" : "s") + " this one extends.",
				IMessageProvider.INFORMATION);
		return true;
	}

	/** The proposals the template extends that the project does not have yet. */
	public List<ProposalTemplate.Ancestor> ancestorsToAdd() {
		Set<String> existing = proposalNamesIn(project());
		return template.ancestors().stream().filter(ancestor -> !existing.contains(ancestor.proposal())).toList();
	}

	private IProject project() {
		IPath container = getContainerFullPath();
		return root().getProject(container.segment(0));
	}

	private static IWorkspaceRoot root() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	/** The names of the proposals in the project, read once per page: they do not change while the wizard is open. */
	private Set<String> proposalNamesIn(IProject project) {
		if (!project.isOpen()) {
			return Set.of();
		}
		return proposalNames.computeIfAbsent(project, key -> ProposalUiPlugin.get().projectModels().of(key)
				.read(resources -> resources.getResources().stream().flatMap(resource -> resource.getContents().stream())
						.filter(ProposalModel.class::isInstance).flatMap(model -> ((ProposalModel) model).getProposals().stream())
						.map(Proposal::getName).collect(Collectors.toSet())));
	}
}
