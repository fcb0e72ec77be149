package org.proposalstudio.ui.preferences;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.proposalstudio.checks.ProposalsProperties;

import com.google.inject.Inject;

/**
 * Check severities in the workbench: the proposals.properties nearest the file, which the command line reads too,
 * then the workspace's preferences, then the check's default. A project's own settings thus mean the same in the
 * workbench and on the command line.
 */
public class WorkbenchSeverities implements IPreferenceValuesProvider {

	@Inject
	private ProposalsProperties properties;

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		Map<String, String> project = properties.settingsFor(context).severities();
		return key -> {
			String severity = project.get(key.getId());
			return severity != null ? severity : WorkspaceSeverities.of(key.getId()).orElse(key.getDefaultValue());
		};
	}
}
