package org.proposalstudio.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The problem markers of proposal files: what the Problems view lists and editors underline. Each carries the id of
 * the check or rule that found it, which quick fixes and filters use.
 */
public final class ProposalMarkers {

	public static final String TYPE = "org.proposalstudio.ui.problem";
	/** The check id, e.g. {@code missing-inner-alignment}, or {@code syntax} and {@code linking}. */
	public static final String CHECK = "checkId";
	/** What a quick fix needs, as the check's issue data, joined by line breaks. */
	public static final String DATA = "issueData";

	private ProposalMarkers() {
	}

	/**
	 * Validates the file and replaces its markers by what it finds, as one step under the file's scheduling rule: the
	 * builder and an editor's reconciler may both be at it, and whichever validates last must be the one that writes
	 * last, or stale markers would stay. Nothing is written if the validation was cancelled.
	 */
	public static void refresh(ProjectModel model, IFile file, CancelIndicator cancel) throws CoreException {
		file.getWorkspace().run(monitor -> {
			List<Issue> issues = model.validate(file, cancel);
			if (file.exists() && !cancel.isCanceled()) {
				file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
				for (Issue issue : issues) {
					create(file, issue);
				}
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	private static void create(IFile file, Issue issue) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
		marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
			marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		marker.setAttribute(CHECK, ProposalIssueCodes.checkIdOf(issue.getCode()));
		if (issue.getData() != null) {
			marker.setAttribute(DATA, String.join("\n", issue.getData()));
		}
		marker.setAttribute(IMarker.LOCATION, "line " + issue.getLineNumber());
	}
}
