package org.proposalstudio.ui.comparison;

import java.util.Optional;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.ResourceNode;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * <em>Compare With &gt; Proposal It Extends</em> on a proposal file: the compare editor on the file's proposal and
 * the one it extends, in the same file or another, shown by {@link ProposalCompareViewer} with the extended one as the
 * old side.
 */
public class CompareWithExtendedAction implements IObjectActionDelegate {

	private IWorkbenchPart part;
	private IFile file;

	@Override
	public void setActivePart(IAction action, IWorkbenchPart targetPart) {
		part = targetPart;
	}

	@Override
	public void selectionChanged(IAction action, ISelection selection) {
		file = selection instanceof IStructuredSelection structured && structured.size() == 1
				? Adapters.adapt(structured.getFirstElement(), IFile.class) : null;
		action.setEnabled(file != null && ProjectModel.isProposalFile(file));
	}

	@Override
	public void run(IAction action) {
		if (file == null) {
			return;
		}
		Optional<IFile> base = extendedFile(file);
		if (base.isEmpty()) {
			MessageDialog.openInformation(part == null ? null : part.getSite().getShell(), "Compare With Proposal It Extends",
					"No proposal of " + file.getName() + " extends another proposal of its project.");
			return;
		}
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(file.getFullPath().makeRelative().toString());
		configuration.setRightLabel(base.get().getFullPath().makeRelative().toString());
		CompareUI.openCompareEditor(new CompareEditorInput(configuration) {
			{
				setTitle("Compare " + file.getName() + " with the proposal it extends");
			}

			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(new ResourceNode(file), new ResourceNode(base.get()));
			}
		});
	}

	/** The file of the first proposal that a proposal of {@code file} extends. */
	static Optional<IFile> extendedFile(IFile file) {
		ProjectModel model = ProposalUiPlugin.get().projectModels().of(file);
		return model.read(resources -> {
			var resource = model.resource(file);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ProposalModel proposals)) {
				return Optional.empty();
			}
			for (Proposal proposal : proposals.getProposals()) {
				Proposal extended = proposal.getExtends();
				if (extended != null && !extended.eIsProxy() && extended.eResource() != null) {
					return Optional.of(ProjectModel.fileOf(extended.eResource().getURI()));
				}
			}
			return Optional.empty();
		});
	}
}
