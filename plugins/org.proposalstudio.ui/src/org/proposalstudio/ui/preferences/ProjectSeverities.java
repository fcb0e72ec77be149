package org.proposalstudio.ui.preferences;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * A project's own check severities: the check lines of the {@value ProposalsProperties#FILE_NAME} at its root, the file
 * the command line reads. Writing them changes those lines only; comments and everything else in the file stay.
 */
public final class ProjectSeverities {

	private static final String HEADER = """
			# Check severities for the proposal files of this project, read by Proposal Studio's workbench and command line.
			# One check per line: check-id = error|warning|info|ignore ('ignore' switches the check off).
			""";

	private ProjectSeverities() {
	}

	public static IFile fileOf(IProject project) {
		return project.getFile(ProposalsProperties.FILE_NAME);
	}

	/** The severities the project's file sets, by check; empty when it sets none or there is no file. */
	public static Map<PaperCheck, String> of(IProject project) {
		Map<PaperCheck, String> severities = new LinkedHashMap<>();
		IFile file = fileOf(project);
		if (file.exists()) {
			ProposalsProperties.read(ProjectModel.uriOf(file), new ExtensibleURIConverterImpl()).severities()
					.forEach((id, severity) -> PaperCheck.byId(id).ifPresent(check -> severities.put(check, severity)));
		}
		return severities;
	}

	/**
	 * Makes the project's file set exactly {@code severities}, creating the file if need be; no severities take the
	 * check lines out, and the workspace's settings apply again.
	 */
	public static void set(IProject project, Map<PaperCheck, String> severities, IProgressMonitor monitor)
			throws CoreException {
		IFile file = fileOf(project);
		if (!file.exists() && severities.isEmpty()) {
			return;
		}
		Map<String, String> byId = new LinkedHashMap<>();
		severities.forEach((check, severity) -> byId.put(check.id(), severity));
		String text = ProposalsProperties.withSeverities(file.exists() ? textOf(file) : HEADER, byId);
		InputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, true, monitor);
		} else {
			file.create(content, true, monitor);
		}
	}

	private static String textOf(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(Status.error("Could not read " + file.getFullPath(), e));
		}
	}
}
