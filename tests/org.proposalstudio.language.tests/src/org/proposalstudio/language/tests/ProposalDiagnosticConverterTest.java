package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.BrokenCheck;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** Every issue the language reports is one line, and a check that fails by a bug is an issue that says so. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalDiagnosticConverterTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	@Test
	void aCheckThatFailsIsAnInternalErrorThatSaysWhatFailedAndTheOtherChecksStillReport() throws Exception {
		ProposalModel model = parseHelper.parse("proposal P {\n\tmodel M\n}\n");
		List<Issue> issues;
		try (BrokenCheck broken = BrokenCheck.install()) {
			issues = validationHelper.validate(model);
		}
		List<Issue> internal = issues.stream().filter(issue -> ProposalIssueCodes.INTERNAL.equals(issue.getCode())).toList();
		assertEquals(1, internal.size(), issues::toString);
		assertEquals(Severity.ERROR, internal.get(0).getSeverity());
		assertEquals(1, internal.get(0).getLineNumber());
		assertEquals("A check failed, by a bug in Proposal Studio, so this file's findings may be incomplete: "
				+ "java.lang.IllegalStateException: " + BrokenCheck.FAILURE + " (please report it with the input that caused it)",
				internal.get(0).getMessage());
		assertTrue(issues.stream().anyMatch(issue -> "missing-inner-alignment".equals(issue.getCode())), "the other checks ran: " + issues);
	}

	@Test
	void withTheCheckRemovedNothingIsLeftOfIt() throws Exception {
		try (BrokenCheck broken = BrokenCheck.install()) {
			// installed and removed
		}
		assertTrue(validationHelper.validate(parseHelper.parse("proposal P { }")).stream()
				.noneMatch(issue -> ProposalIssueCodes.INTERNAL.equals(issue.getCode())));
	}
}
