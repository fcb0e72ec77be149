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

	/** Xtext 2.42 reads past the end of such a text to find where the diagnostic ends, and the diagnostic was lost. */
	@Test
	void aDiagnosticEndingAtTheEndOfAnOldMacFileKeepsItsPosition() throws Exception {
		List<Issue> issues = validationHelper.validate(parseHelper.parse("proposal P {\r\tmodel M \"open\r"));
		Issue unclosed = issues.stream().filter(issue -> issue.getMessage().startsWith("This text in double quotes is not closed"))
				.findFirst().orElseThrow(() -> new AssertionError("the unclosed text is reported: " + issues));
		assertEquals(2, unclosed.getLineNumber());
		assertEquals(10, unclosed.getColumn());
		assertEquals(3, unclosed.getLineNumberEnd(), "just after the text's last line break");
		assertEquals(1, unclosed.getColumnEnd());
	}
}
