package org.proposalstudio.ui.builder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.model.io.Messages;
import org.proposalstudio.ui.ProposalUiPlugin;
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

	/** The check id of the marker that says a file could not be checked at all. */
	public static final String INTERNAL = "internal";

	/**
	 * Validates the file and makes its markers what it finds, as one step under the file's scheduling rule: the builder
	 * and an editor's reconciler may both be at it, and whichever validates last must be the one that writes last, or
	 * stale markers would stay. Nothing is written if the validation was cancelled. A validation that fails, by a bug
	 * in a check, leaves one marker that says so in place of the file's markers, which would otherwise stay as an
	 * earlier text earned them; the failure is logged.
	 */
	public static void refresh(ProjectModel model, IFile file, CancelIndicator cancel) throws CoreException {
		file.getWorkspace().run(monitor -> {
			List<Issue> issues;
			try {
				issues = model.validate(file, cancel);
			} catch (OperationCanceledError cancelled) {
				// Xtext's validation stops this way when cancelled: an Error, which would end the reconciler's thread
				return;
			} catch (RuntimeException | LinkageError | StackOverflowError bug) {
				ProposalUiPlugin.log("Validating " + file.getFullPath() + " failed; its markers say so, and its text is untouched", bug);
				if (file.exists()) {
					file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
					file.createMarker(TYPE, Map.of(IMarker.MESSAGE, message(INTERNAL, "Proposal Studio could not check this file: "
							+ Messages.oneLine(bug.toString()) + " (a bug; the error log has the details)"), IMarker.SEVERITY,
							IMarker.SEVERITY_ERROR, IMarker.LINE_NUMBER, 1, CHECK, INTERNAL));
				}
				return;
			}
			if (file.exists() && !cancel.isCanceled()) {
				update(file, issues);
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	/**
	 * Where the marker is in its file's text as it is now. While the file is open in an editor, its markers keep the
	 * offsets they were written with (as the Platform's markers do until the file is saved) and the editor's annotations
	 * follow the typing; otherwise the marker's own offsets are the text's. {@code null} when the marker has no offsets.
	 */
	public static Position positionOf(IMarker marker) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(marker.getResource().getFullPath(), LocationKind.IFILE);
		if (buffer != null && buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel annotations) {
			Position followed = annotations.getMarkerPosition(marker);
			if (followed != null && !followed.isDeleted()) {
				return followed;
			}
		}
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		return start < 0 || end < start ? null : new Position(start, end - start);
	}

	/**
	 * Makes the file's markers say what the issues say. A marker that already says what an issue says, where it says it,
	 * stays as it is: typing moves every marker after the caret, and replacing them all on each keystroke would make an
	 * open editor draw the problems of the whole text again.
	 */
	private static void update(IFile file, List<Issue> issues) throws CoreException {
		Map<Map<String, Object>, Deque<IMarker>> written = new HashMap<>();
		for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
			written.computeIfAbsent(findingOf(marker), finding -> new ArrayDeque<>()).add(marker);
		}
		for (Issue issue : issues) {
			Map<String, Object> finding = attributesOf(issue);
			Deque<IMarker> same = written.get(finding);
			if (same == null || same.poll() == null) {
				file.createMarker(TYPE, finding);
			}
		}
		for (Deque<IMarker> stale : written.values()) {
			for (IMarker marker : stale) {
				marker.delete();
			}
		}
	}

	/**
	 * A marker's message: the finding's, after its check id as the command line prints it, so that the Problems view
	 * shows the id and its filter can select by it.
	 */
	public static String message(String check, String finding) {
		return "[" + check + "] " + finding;
	}

	/** The attributes a marker of the issue has. */
	private static Map<String, Object> attributesOf(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		String check = ProposalIssueCodes.checkIdOf(issue.getCode());
		attributes.put(IMarker.MESSAGE, message(check, issue.getMessage()));
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		attributes.put(CHECK, check);
		if (issue.getData() != null) {
			attributes.put(DATA, String.join("\n", issue.getData()));
		}
		attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		return attributes;
	}

	/** What the marker says, as {@link #attributesOf} has it, with its offsets where it is in the text now. */
	private static Map<String, Object> findingOf(IMarker marker) throws CoreException {
		Map<String, Object> attributes = new HashMap<>(marker.getAttributes());
		attributes.remove(IMarker.CHAR_START);
		attributes.remove(IMarker.CHAR_END);
		Position position = positionOf(marker);
		if (position != null) {
			attributes.put(IMarker.CHAR_START, position.getOffset());
			attributes.put(IMarker.CHAR_END, position.getOffset() + position.getLength());
		}
		return attributes;
	}
}
