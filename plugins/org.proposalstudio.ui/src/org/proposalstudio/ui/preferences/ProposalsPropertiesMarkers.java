package org.proposalstudio.ui.preferences;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.checks.ProposalsProperties.Problem;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The lines of a project's {@value ProposalsProperties#FILE_NAME} files that could not be used, as error markers on
 * those lines: such a line changes no severity, which nobody would notice otherwise. The command line reports the same
 * lines as {@code [configuration]} errors.
 */
public final class ProposalsPropertiesMarkers {

	/** The check id of these markers, as the command line names them. */
	public static final String CHECK = "configuration";

	private ProposalsPropertiesMarkers() {
	}

	public static boolean isPropertiesFile(IResource resource) {
		return resource instanceof IFile && ProposalsProperties.FILE_NAME.equals(resource.getName());
	}

	/** Whether the delta adds, changes or removes a properties file: that changes severities anywhere below it. */
	public static boolean touchesPropertiesFiles(IResourceDelta delta) throws CoreException {
		boolean[] touched = { false };
		delta.accept(child -> {
			touched[0] |= isPropertiesFile(child.getResource());
			return !touched[0];
		});
		return touched[0];
	}

	/** Puts the problems of every properties file of the project on it, in place of the ones it had. */
	public static void refresh(IProject project) throws CoreException {
		project.accept(resource -> {
			if (resource.isDerived()) {
				return false;
			}
			if (isPropertiesFile(resource)) {
				refresh((IFile) resource);
			}
			return true;
		});
	}

	private static void refresh(IFile file) throws CoreException {
		file.deleteMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO);
		for (Problem problem : ProposalsProperties.read(ProjectModel.uriOf(file), new ExtensibleURIConverterImpl()).problems()) {
			IMarker marker = file.createMarker(ProposalMarkers.TYPE);
			marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
			marker.setAttribute(IMarker.MESSAGE, ProposalMarkers.message(CHECK, problem.message()));
			marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
			marker.setAttribute(IMarker.LOCATION, "line " + problem.line() + ", column " + problem.column());
			marker.setAttribute(ProposalMarkers.CHECK, CHECK);
		}
	}
}
