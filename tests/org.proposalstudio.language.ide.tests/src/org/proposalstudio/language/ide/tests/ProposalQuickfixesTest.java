package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.language.ide.quickfix.ProposalQuickfixes;
import org.proposalstudio.language.ide.quickfix.ProposalQuickfixes.Fix;
import org.proposalstudio.testing.Examples;

/**
 * Quick fixes of the mechanical gaps: on the flawed example of each such check, the fix inserts text that parses and
 * takes the diagnostic away.
 */
class ProposalQuickfixesTest {

	private final ProposalQuickfixes quickfixes = Ide.get(ProposalQuickfixes.class);

	@ParameterizedTest
	@ValueSource(strings = { "missing-inner-alignment", "missing-component", "missing-limit", "oversight-without-condition",
			"oversight-overfitting" })
	void theFixOfTheFlawedExampleRemovesItsDiagnostic(String checkId) {
		XtextResource flawed = Ide.parse(Ide.read(Examples.folder().resolve("flawed/" + checkId + ".proposal")));
		Issue issue = Ide.validate(flawed).stream().filter(i -> checkId.equals(i.getCode())).findFirst().orElseThrow();
		List<Fix> fixes = quickfixes.fixesFor(flawed, checkId, issue.getData() == null ? List.of() : List.of(issue.getData()),
				issue.getOffset());
		assertEquals(1, fixes.size(), fixes.toString());

		String fixed = Ide.apply(flawed, fixes.get(0).changes());
		XtextResource after = Ide.parse(fixed);
		assertEquals(List.of(), after.getErrors(), fixed);
		assertFalse(Ide.codes(after).contains(checkId), fixed);
	}

	@Test
	void theInnerAlignmentArgumentReliesOnTheOversightAndIsLaidOutAsTheFormatterWould() {
		String text = """
				proposal P {
					human H
					model M
					signal s: imitation trains M from H
					oversight o: H oversees M continuously
						using transparency-tools
						checking per-step-myopia
					deploy M

					outer alignment is uncertain "a"
				}
				""";
		String fixed = fix(text, PaperCheck.MISSING_INNER_ALIGNMENT);
		assertEquals(text.replace("\"a\"\n", """
				"a"
					inner alignment is uncertain relies on o
						"Does training produce a model that actually pursues the objective it was trained on?"
				"""), fixed);
	}

	/** An oversight that checks no verifiable condition, with the clauses that follow its tools. */
	private static final String UNCONDITIONED = """
			proposal P {
				model M
				amplified Amp(M) = H consulting M
				human H
				oversight o: Amp(M) oversees M continuously using transparency-tools
					%s
			}
			""";

	@Test
	void aConditionGoesBeforeTheMitigationsAndTheDescription() {
		assertConditionFix("mitigating overfitting \"held out\" \"the description\"",
				"checking per-step-myopia\n\t\tmitigating overfitting \"held out\" \"the description\"");
	}

	@Test
	void aConditionJoinsTheConditionsCheckedAlready() {
		assertConditionFix("checking corrigibility", "checking corrigibility, per-step-myopia");
	}

	private void assertConditionFix(String clauses, String fixedClauses) {
		assertEquals(UNCONDITIONED.formatted(fixedClauses), fix(UNCONDITIONED.formatted(clauses), PaperCheck.OVERSIGHT_WITHOUT_CONDITION));
	}

	@Test
	void theLimitGoesWithTheMechanismsAndNamesTheAmplification() {
		String text = Ide.read(Examples.folder().resolve("flawed/missing-limit.proposal"));
		String fixed = fix(text, PaperCheck.MISSING_LIMIT);
		assertTrue(fixed.contains("\tdeploy M\n\tlimit hch: HCH of Amp(M)\n"), fixed);
	}

	@Test
	void anInheritedOversightGetsNoFixInTheExtendingFile() {
		List<XtextResource> files = Ide.parse(Map.of(
				"a.proposal", """
						proposal Base {
							model M
							amplified Amp(M) = H consulting M
							human H
							oversight rat: Amp(M) oversees M continuously checking per-step-myopia
						}
						""",
				"b.proposal", "proposal Extension extends Base {\n}\n"));
		XtextResource extension = files.get(1);
		Issue inherited = Ide.validate(extension).stream().filter(i -> "oversight-overfitting".equals(i.getCode())).findFirst()
				.orElseThrow();
		assertEquals(List.of(), quickfixes.fixesFor(extension, inherited));
	}

	@Test
	void checksWithoutMechanicalFixesHaveNone() {
		assertFalse(quickfixes.hasFixes(PaperCheck.AFTER_THE_FACT_DETECTION.id()));
		assertTrue(quickfixes.hasFixes(PaperCheck.MISSING_LIMIT.id()));
	}

	private String fix(String text, PaperCheck check) {
		XtextResource resource = Ide.parse(text);
		Issue issue = Ide.validate(resource).stream().filter(i -> check.id().equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + check.id() + " in " + Ide.codes(resource)));
		List<Fix> fixes = quickfixes.fixesFor(resource, issue);
		assertEquals(1, fixes.size());
		String fixed = Ide.apply(resource, fixes.get(0).changes());
		assertFalse(Ide.codes(Ide.parse(fixed)).contains(check.id()), fixed);
		return fixed;
	}
}
