package org.proposalstudio.ui;

import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.proposalstudio.ui.preferences.WorkbenchSeverities;

import com.google.inject.AbstractModule;

/** What the workbench binds differently from the language and its IDE services. */
public class ProposalUiModule extends AbstractModule {

	@Override
	protected void configure() {
		// the workspace's preferences come between a project's proposals.properties and the checks' defaults
		bind(IPreferenceValuesProvider.class).to(WorkbenchSeverities.class);
	}
}
