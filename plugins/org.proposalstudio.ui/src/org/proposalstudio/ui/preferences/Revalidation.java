package org.proposalstudio.ui.preferences;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalBuilder;
import org.proposalstudio.ui.builder.ProposalNature;

/**
 * Validates every proposal project again when the workspace's check severities change: no file changed, so no build
 * would run by itself. The changes of one press of OK arrive one check at a time and make one run.
 */
public final class Revalidation extends Job implements IPreferenceChangeListener {

	/** Long enough for the rest of a page's changes to arrive, short enough to go unnoticed. */
	private static final long GATHERING_MILLIS = 200;

	public Revalidation() {
		super("Validating proposals with the new check severities");
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
	}

	@Override
	public void preferenceChange(PreferenceChangeEvent event) {
		schedule(GATHERING_MILLIS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<IProject> projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(Revalidation::holdsProposals).toList();
		SubMonitor progress = SubMonitor.convert(monitor, projects.size());
		for (IProject project : projects) {
			try {
				project.build(IncrementalProjectBuilder.FULL_BUILD, ProposalBuilder.ID, Map.of(), progress.split(1));
			} catch (CoreException e) {
				ProposalUiPlugin.log("Could not validate the proposals of " + project.getName(), e);
			}
		}
		return Status.OK_STATUS;
	}

	private static boolean holdsProposals(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ProposalNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}
}
