package org.proposalstudio.checks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.checks.Components;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/**
 * Each rule of the paper's checks, on a proposal that is sound except for the one gap the test introduces: the check
 * fires, alone, on the element concerned, with the paper's section and the data a quick fix needs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalChecksTest {

	/** Imitative amplification with relaxed adversarial training, every piece argued: no check has anything to say. */
	private static final String SOUND = """
			proposal Sound {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				oversight rat: Amp(M) oversees M continuously
					using transparency-tools
					checking per-step-myopia
					mitigating overfitting "some tools are held out of training"
				limit hch: HCH of Amp(M)
				deploy M
				outer alignment is uncertain relies on hch "HCH"
				inner alignment is uncertain relies on rat "a gradient away from deception"
				training competitiveness is uncertain "imitation"
				performance competitiveness is uncertain "HCH"
			}
			""";

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	@Test
	void aSoundProposalRaisesNothing() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(SOUND));
	}

	@Test
	void missingInnerAlignment() throws Exception {
		Issue issue = only(PaperCheck.MISSING_INNER_ALIGNMENT,
				SOUND.replace("\tinner alignment is uncertain relies on rat \"a gradient away from deception\"\n", ""));
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("no inner alignment argument"), issue.getMessage());
		assertTrue(issue.getMessage().endsWith("(§1)"), issue.getMessage());
		assertEquals(1, issue.getLineNumber());
		assertEquals(List.of("rat"), List.of(issue.getData()), "the oversight mechanisms a fix could rely on");
	}

	@Test
	void missingComponentNamesTheComponentInMessageAndData() throws Exception {
		Issue issue = only(PaperCheck.MISSING_COMPONENT, SOUND.replace("\ttraining competitiveness is uncertain \"imitation\"\n", ""));
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("no training competitiveness argument"), issue.getMessage());
		assertEquals(List.of("training"), List.of(issue.getData()));
		assertEquals(Optional.of(Component.TRAINING_COMPETITIVENESS), Components.concernedBy(PaperCheck.MISSING_COMPONENT,
				List.of(issue.getData())), "views count the finding under the component it names");
	}

	@Test
	void innerAlignmentRelyingOnNothing() throws Exception {
		Issue issue = only(PaperCheck.INNER_ALIGNMENT_UNSUPPORTED,
				SOUND.replace("inner alignment is uncertain relies on rat", "inner alignment is uncertain"));
		assertTrue(issue.getMessage().contains("relies on no mechanism"), issue.getMessage());
		assertEquals(List.of("rat"), List.of(issue.getData()), "the oversight mechanisms a fix could rely on");
		assertEquals(13, issue.getLineNumber(), "on the argument");
	}

	@Test
	void innerAlignmentRelyingOnlyOnWhatDoesNotOversee() throws Exception {
		Issue issue = only(PaperCheck.INNER_ALIGNMENT_UNSUPPORTED,
				SOUND.replace("inner alignment is uncertain relies on rat", "inner alignment is uncertain relies on imitationLoss, hch"));
		assertTrue(issue.getMessage().contains("relies only on 'imitationLoss', 'hch', none of which oversees the model"),
				issue.getMessage());
	}

	@Test
	void missingLimitSuggestsTheLimitOfTheScheme() throws Exception {
		Issue issue = only(PaperCheck.MISSING_LIMIT, SOUND.replace("\tlimit hch: HCH of Amp(M)\n", "")
				.replace("outer alignment is uncertain relies on hch", "outer alignment is uncertain")
				.replace("imitation trains M", "approval trains M").replace("using transparency-tools", "using adversarial-attacks"));
		assertEquals(List.of("approval-tree"), List.of(issue.getData()));
	}

	@Test
	void aNonRecursiveSchemeNeedsNoLimit() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(SOUND.replace("\tlimit hch: HCH of Amp(M)\n", "")
				.replace("outer alignment is uncertain relies on hch", "outer alignment is uncertain")
				.replace("imitation trains M from Amp(M)", "prediction trains M")));
	}

	@Test
	void nothingDeployed() throws Exception {
		Issue issue = only(PaperCheck.NOTHING_DEPLOYED, SOUND.replace("\tdeploy M\n", ""));
		assertTrue(issue.getMessage().contains("does not say which artifact is deployed"), issue.getMessage());
	}

	@Test
	void deployingWhatNoSignalProduces() throws Exception {
		Issue issue = only(PaperCheck.NOTHING_DEPLOYED, SOUND.replace("\tdeploy M\n", "\tagent Untrained\n\tdeploy M, Untrained\n"));
		assertTrue(issue.getMessage().startsWith("'Untrained' is deployed, but no training signal produces it"), issue.getMessage());
		assertEquals(List.of("Untrained"), List.of(issue.getData()));
	}

	@Test
	void deployingTheAmplificationOfATrainedModelIsFine() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(SOUND.replace("\tdeploy M\n", "\tdeploy Amp(M)\n")));
	}

	@Test
	void oversightWithoutCondition() throws Exception {
		Issue issue = only(PaperCheck.OVERSIGHT_WITHOUT_CONDITION, SOUND.replace("\t\tchecking per-step-myopia\n", ""));
		assertEquals(List.of("rat", "per-step-myopia"), List.of(issue.getData()));
	}

	@Test
	void corrigibilityAndNonCatastropheAreNoVerifiableCondition() throws Exception {
		Issue issue = only(PaperCheck.OVERSIGHT_WITHOUT_CONDITION,
				SOUND.replace("\t\tchecking per-step-myopia\n", "\t\tchecking corrigibility, non-catastrophe\n"));
		assertTrue(issue.getMessage().startsWith("Oversight 'rat' checks only corrigibility, non-catastrophe, no verifiable condition"),
				issue.getMessage());
		assertEquals(List.of("rat", "per-step-myopia"), List.of(issue.getData()));
	}

	@Test
	void crossExaminationAloneChecksNoCondition() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(SOUND.replace("\tdeploy M\n", """
					oversight questioning: Amp(M) oversees M continuously using cross-examination
					deploy M
				""")));
	}

	@Test
	void afterTheFactDetection() throws Exception {
		Issue issue = only(PaperCheck.AFTER_THE_FACT_DETECTION, SOUND.replace("oversees M continuously", "oversees M once after training")
				.replace("\t\tmitigating overfitting \"some tools are held out of training\"\n", ""));
		assertTrue(issue.getMessage().contains("runs only once, after training"), issue.getMessage());
		assertTrue(issue.getMessage().endsWith("(§2.2, §3.2, §4.2)"), issue.getMessage());
	}

	@Test
	void intermittentOversightBesideRelaxedAdversarialTrainingIsNotAfterTheFact() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(SOUND.replace("\tdeploy M\n", """
					oversight audit: Amp(M) oversees M intermittently when the target changes checking non-deception
					deploy M
				""")));
	}

	@Test
	void monitoringThroughoutTrainingIsNeitherAfterTheFactNorTrainedAgainst() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(SOUND.replace("oversees M continuously", "oversees M throughout training")
				.replace("\t\tmitigating overfitting \"some tools are held out of training\"\n", "")));
	}

	@Test
	void oversightOverfittingIsInformation() throws Exception {
		Issue issue = only(PaperCheck.OVERSIGHT_OVERFITTING,
				SOUND.replace("\t\tmitigating overfitting \"some tools are held out of training\"\n", ""));
		assertEquals(Severity.INFO, issue.getSeverity());
	}

	@Test
	void perStepMyopiaOnANonMyopicSignalPointsAtTheCondition() throws Exception {
		Issue issue = only(PaperCheck.MYOPIA_VS_NONMYOPIC_SIGNAL,
				SOUND.replace("\tdeploy M\n", "\tsignal reward: rl-reward trains M\n\tdeploy M\n"));
		assertTrue(issue.getMessage().contains("'M' is trained by the non-myopic signal 'reward'"), issue.getMessage());
		assertEquals(List.of("rat", "per-episode-myopia"), List.of(issue.getData()));
		assertEquals(8, issue.getLineNumber());
	}

	@Test
	void aStatedPerStepMyopiaOverridesTheKindsDefault() throws Exception {
		validationHelper.assertNoIssues(parseHelper.parse(
				SOUND.replace("\tdeploy M\n", "\tsignal reward: rl-reward trains M, myopic per-step\n\tdeploy M\n")));
	}

	@Test
	void approvalWithInternalsInspection() throws Exception {
		Issue issue = only(PaperCheck.APPROVAL_OBFUSCATION, SOUND.replace("imitation trains M", "approval trains M")
				.replace("limit hch: HCH", "limit hch: approval-tree"));
		assertTrue(issue.getMessage().contains("trained to maximize approval by 'imitationLoss'"), issue.getMessage());
	}

	@Test
	void aHumanOverseerIsWeaker() throws Exception {
		Issue issue = only(PaperCheck.OVERSEER_WEAKER, SOUND.replace("oversight rat: Amp(M)", "oversight rat: H"));
		assertTrue(issue.getMessage().contains("a human with no access to a model"), issue.getMessage());
	}

	@Test
	void intermittentOversightNotRerunWhenTheTargetChangesIsWeaker() throws Exception {
		List<Issue> issues = issuesOf(SOUND.replace("oversees M continuously", "oversees M intermittently"));
		assertTrue(issues.stream().anyMatch(issue -> issue.getCode().equals(PaperCheck.OVERSEER_WEAKER.id())
				&& issue.getMessage().contains("not re-run 'when the target changes'")), issues.toString());
	}

	@Test
	void anUnoverseenAuxiliaryModel() throws Exception {
		Issue issue = only(PaperCheck.UNOVERSEEN_AUXILIARY,
				SOUND.replace("\tdeploy M\n", "\tagent π\n\tsignal reward: rl-reward trains π\n\tdeploy M discarding π\n"));
		assertTrue(issue.getMessage().startsWith("'π' is trained but neither deployed nor overseen"), issue.getMessage());
	}

	@Test
	void noOptimizationClaimedWithoutTransparencyTools() throws Exception {
		Issue issue = only(PaperCheck.NO_OPTIMIZATION_NEEDS_TRANSPARENCY, SOUND.replace("using transparency-tools", "using adversarial-attacks")
				.replace("checking per-step-myopia", "checking per-step-myopia, no-optimization"));
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(List.of("rat", "transparency-tools"), List.of(issue.getData()));
	}

	@Test
	void nonDeceptionInADebate() throws Exception {
		Issue issue = only(PaperCheck.DEBATE_DECEPTION_CONDITION, """
				proposal Debate {
					judge Judge
					debater Alice first
					debater Bob second copy of Alice
					signal game: debate trains Alice from Judge
					oversight inspection: Alice oversees Bob continuously using transparency-tools checking non-deception
						mitigating overfitting "held-out tools"
					limit equilibrium: debate-equilibrium
					deploy Alice
					outer alignment is uncertain relies on equilibrium "honesty may dominate"
					inner alignment is uncertain relies on inspection "debaters inspect each other"
					training competitiveness is uncertain "self-play"
					performance competitiveness is promising "NEXP"
				}
				""");
		assertEquals(List.of("inspection", "per-episode-myopia"), List.of(issue.getData()));
	}

	@Test
	void aModelThatBuildsModelsWithoutForwarding() throws Exception {
		Issue issue = only(PaperCheck.META_LEARNING_FORWARDING, SOUND.replace("\tmodel M\n", "\tmodel M may build models\n"));
		assertEquals(Severity.INFO, issue.getSeverity());
		validationHelper.assertNoIssues(parseHelper.parse(SOUND.replace("\tmodel M\n", "\tmodel M may build models\n").replace(
				"\t\tmitigating overfitting", "\t\tmitigating meta-learning \"its models are overseen alike\"\n\t\tmitigating overfitting")));
	}

	@Test
	void aFlawInheritedFromTheExtendedProposalIsReportedOnTheExtendsClause() throws Exception {
		ProposalModel model = parseHelper.parse(SOUND.replace("\t\tmitigating overfitting \"some tools are held out of training\"\n", "") + """
				proposal Extending extends Sound {
					outer alignment is promising relies on hch "inherits the rest"
				}
				""");
		List<Issue> onExtending = validationHelper.validate(model.getProposals().get(1)).stream()
				.filter(issue -> issue.getCode().equals(PaperCheck.OVERSIGHT_OVERFITTING.id())).toList();
		assertEquals(2, onExtending.size(), "once on Sound's oversight, once on Extending's extends clause");
		Issue inherited = onExtending.stream().filter(issue -> issue.getMessage().startsWith("Inherited from 'Sound': Oversight 'rat'"))
				.findFirst().orElseThrow(() -> new AssertionError(onExtending.toString()));
		assertEquals(16, inherited.getLineNumber(), "the line of 'proposal Extending extends Sound'");
		assertEquals(28, inherited.getColumn(), "at 'Sound' after 'extends'");
	}

	@Test
	void replacingTheFlawedElementClearsTheInheritedFinding() throws Exception {
		ProposalModel model = parseHelper.parse(SOUND.replace("\t\tmitigating overfitting \"some tools are held out of training\"\n", "") + """
				proposal Extending extends Sound {
					oversight rat: Amp(M) oversees M continuously using transparency-tools checking per-step-myopia
						mitigating overfitting "fresh tools each phase"
				}
				""");
		assertTrue(validationHelper.validate(model).stream().noneMatch(issue -> issue.getLineNumber() >= 16),
				"the extending proposal replaced the oversight that lacked a mitigation");
	}

	private Issue only(PaperCheck check, String text) throws Exception {
		List<Issue> issues = issuesOf(text);
		assertEquals(List.of(check.id()), issues.stream().map(Issue::getCode).toList(), issues.toString());
		assertEquals(check.defaultSeverity(), issues.get(0).getSeverity());
		assertTrue(issues.get(0).getMessage().endsWith("(" + check.citedSections() + ")"), issues.get(0).getMessage());
		return issues.get(0);
	}

	private List<Issue> issuesOf(String text) throws Exception {
		return validationHelper.validate(parseHelper.parse(text));
	}
}
