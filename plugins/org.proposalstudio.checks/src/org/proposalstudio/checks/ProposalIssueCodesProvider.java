package org.proposalstudio.checks;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

/** Makes every {@link PaperCheck} configurable, with its default severity. */
public class ProposalIssueCodesProvider extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (PaperCheck check : PaperCheck.values()) {
			acceptor.accept(create(check.id(), Severities.toPreference(check.defaultSeverity())));
		}
	}
}
