package org.proposalstudio.checks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The examples, as documented in examples/README.md: each faithful model of the paper validates without errors and
 * gets exactly the warnings and infos the paper itself raises about it; each flawed example shows its check, alone.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ExampleDiagnosticsTest {

	@Inject
	private Injector injector;

	private Map<String, Resource> examples;

	@BeforeEach
	void loadExamples() {
		examples = Examples.loadAll(injector);
	}

	static Stream<Arguments> faithfulExamples() {
		return Stream.of(
				Arguments.of("s02-rl-transparency-tools.proposal", List.of("after-the-fact-detection", "overseer-weaker")),
				Arguments.of("s03-imitative-amplification-intermittent-oversight.proposal", List.of("after-the-fact-detection")),
				Arguments.of("s04-imitative-amplification-relaxed-adversarial-training.proposal", List.of("oversight-overfitting")),
				Arguments.of("s05-approval-based-amplification.proposal", List.of("approval-obfuscation", "oversight-overfitting")),
				Arguments.of("s06-microscope-ai.proposal", List.of("overseer-weaker")),
				Arguments.of("s07-stem-ai.proposal", List.of("meta-learning-forwarding", "overseer-weaker")),
				Arguments.of("s08-narrow-reward-modeling.proposal", List.of("myopia-vs-nonmyopic-signal", "overseer-weaker",
						"overseer-weaker", "oversight-overfitting", "oversight-overfitting")),
				Arguments.of("s09-recursive-reward-modeling.proposal", List.of("myopia-vs-nonmyopic-signal", "oversight-overfitting")),
				Arguments.of("s10-debate-transparency-tools.proposal", List.of("debate-deception-condition", "oversight-overfitting")),
				Arguments.of("s11-amplification-auxiliary-rl.proposal", List.of("myopia-vs-nonmyopic-signal", "oversight-overfitting")),
				Arguments.of("s12-amplification-alongside-rl.proposal", List.of("oversight-overfitting", "oversight-overfitting")));
	}

	@ParameterizedTest
	@MethodSource("faithfulExamples")
	void faithfulExampleGetsWhatThePaperRaises(String file, List<String> expectedChecks) {
		List<Issue> issues = validate(file);
		assertEquals(List.of(), issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList(), file);
		assertEquals(expectedChecks, issues.stream().map(Issue::getCode).sorted().toList(), file);
	}

	@ParameterizedTest
	@EnumSource(PaperCheck.class)
	void flawedExampleShowsItsCheckAlone(PaperCheck check) {
		List<Issue> issues = validate("flawed/" + check.id() + ".proposal");
		assertEquals(List.of(check.id()), issues.stream().map(Issue::getCode).toList(), issues.toString());
	}

	/** Every faithful example is listed above, so a new one cannot go unchecked. */
	@ParameterizedTest
	@MethodSource("faithfulFiles")
	void everyFaithfulExampleHasExpectations(String file) {
		assertEquals(1, faithfulExamples().filter(arguments -> arguments.get()[0].equals(file)).count(), file);
	}

	static Stream<String> faithfulFiles() {
		return Examples.faithful().stream().map(Examples::key);
	}

	private List<Issue> validate(String file) {
		XtextResource resource = (XtextResource) examples.get(file);
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}
}
