package org.proposalstudio.diagram.ui;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.diagram.scene.SceneElements;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * Between the text of a proposal and the elements a diagram shows, both ways, through the references of
 * {@link SceneElements} and the language's own services for locations in the text. Each call reads the project's
 * model under its lock, so it belongs in a job, not on the UI thread.
 */
final class EditorLink {

	/** The text that declares an element: where it is written, and how long it is. */
	record Declaration(IFile file, int offset, int length) {
	}

	private EditorLink() {
	}

	/** Where the element named by {@code reference} is written, in any file of the project. */
	static Optional<Declaration> declarationOf(ProjectModel model, String reference) {
		String proposalName = SceneElements.proposalOf(reference);
		return model.read(resources -> {
			for (Resource resource : resources.getResources()) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ProposalModel proposals) {
					for (Proposal proposal : proposals.getProposals()) {
						if (proposalName.equals(proposal.getName())) {
							Optional<Declaration> found = SceneElements.resolve(proposal, reference).map(EditorLink::declaration);
							if (found.isPresent()) {
								return found;
							}
						}
					}
				}
			}
			return Optional.<Declaration>empty();
		});
	}

	private static Declaration declaration(EObject element) {
		ITextRegion region = service(ILocationInFileProvider.class).getFullTextRegion(element);
		return new Declaration(ProjectModel.fileOf(element.eResource().getURI()), region.getOffset(), region.getLength());
	}

	/**
	 * The reference of the drawable element whose text contains {@code offset}: a participant, a mechanism or a flow,
	 * or nothing when the offset lies elsewhere (between declarations, in an argument, in a figure).
	 */
	static Optional<String> referenceAt(ProjectModel model, IFile file, int offset) {
		return model.read(resources -> {
			EObject element = service(EObjectAtOffsetHelper.class).resolveContainedElementAt(model.resource(file), offset);
			for (EObject current = element; current != null && !(current instanceof Proposal); current = current.eContainer()) {
				if (current instanceof NamedElement || current instanceof InformationFlow) {
					return Optional.of(SceneElements.referenceOf(current));
				}
			}
			return Optional.<String>empty();
		});
	}

	private static <T> T service(Class<T> type) {
		return ProposalUiPlugin.get().injector().getInstance(type);
	}
}
