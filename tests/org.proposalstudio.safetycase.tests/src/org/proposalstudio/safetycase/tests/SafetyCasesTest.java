package org.proposalstudio.safetycase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.AssertionStatus;
import org.proposalstudio.safetycase.ElementKind;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The mapping from a proposal to its safety case (docs/safety-case.md). */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class SafetyCasesTest {

	static final String S3 = "ImitativeAmplificationIntermittentOversight";
	static final String S4 = "ImitativeAmplificationRelaxedAdversarialTraining";

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	@Test
	void theTopGoalIsArguedOverTheFourComponentsInTheContextOfDeploymentAndLimit() {
		SafetyCase s3 = Cases.ofExamples(injector).get(S3);
		ArgumentElement top = s3.top();
		assertEquals("G_" + S3, top.id());
		assertEquals(ElementKind.GOAL, top.kind());
		assertEquals("Imitative amplification + intermittent oversight builds advanced AI that is safe and competitive.", top.text());
		assertEquals(List.of("C_" + S3 + "_deployment", "C_" + S3 + "_hch", "C_" + S3 + "_paper"), top.inContextOf());
		assertEquals("Deployed: M (the trained model answers questions).", s3.element("C_" + S3 + "_deployment").orElseThrow().text());
		ArgumentElement strategy = s3.element(top.supportedBy().get(0)).orElseThrow();
		assertEquals(ElementKind.STRATEGY, strategy.kind());
		assertEquals(List.of("J_" + S3 + "_components"), strategy.inContextOf());
		assertEquals(List.of("G_" + S3 + "_outer-alignment", "G_" + S3 + "_inner-alignment", "G_" + S3 + "_training-competitiveness",
				"G_" + S3 + "_performance-competitiveness"), strategy.supportedBy());
		assertEquals("https://arxiv.org/abs/2012.07532", s3.element("C_" + S3 + "_paper").orElseThrow().url());
		assertTrue(s3.element("C_" + S3 + "_paper").orElseThrow().text().contains("citing [2], [16], [17]"));
	}

	@Test
	void eachComponentRestsOnTheSignalsAndOversightItsArgumentReliesOn() {
		SafetyCase s3 = Cases.ofExamples(injector).get(S3);
		ArgumentElement outer = s3.element("G_" + S3 + "_outer-alignment").orElseThrow();
		assertTrue(outer.text().startsWith("Outer alignment is promising: Training M to imitate Amp(M) converges to HCH"), outer.text());
		assertEquals(List.of("Sn_" + S3 + "_imitationLoss"), outer.supportedBy());
		assertEquals(List.of("C_" + S3 + "_hch", "C_" + S3 + "_outer-alignment_paper"), outer.inContextOf(), "the limit is context");
		assertEquals("The paper's analysis, citing [17], [18].", s3.element("C_" + S3 + "_outer-alignment_paper").orElseThrow().text());

		ArgumentElement inner = s3.element("G_" + S3 + "_inner-alignment").orElseThrow();
		assertEquals(List.of("G_" + S3 + "_intermittentOversight"), inner.supportedBy());
		ArgumentElement oversight = s3.element("G_" + S3 + "_intermittentOversight").orElseThrow();
		assertTrue(oversight.text().startsWith("Amp(M) oversees M intermittently, between training phases and whenever the target changes, "
				+ "checking non-deception, non-catastrophe and per-step myopia: "), oversight.text());
		assertEquals(List.of("Sn_" + S3 + "_intermittentOversight_transparency-tools", "Sn_" + S3 + "_intermittentOversight_adversarial-attacks"),
				oversight.supportedBy(), "the overseer's tools");
		assertEquals(ElementKind.ASSUMPTION, s3.element(oversight.inContextOf().get(0)).orElseThrow().kind(), "re-run when the target changes");

		ArgumentElement training = s3.element("G_" + S3 + "_training-competitiveness").orElseThrow();
		assertEquals(List.of("Sn_" + S3 + "_imitationLoss", "G_" + S3 + "_intermittentOversight"), training.supportedBy(),
				"a mechanism two arguments rely on is one element");
		assertEquals(1, s3.elements().stream().filter(element -> element.id().equals("Sn_" + S3 + "_imitationLoss")).count());
	}

	@Test
	void anArgumentThatNoSignalOrOversightSupportsIsUndeveloped() {
		SafetyCase s3 = Cases.ofExamples(injector).get(S3);
		ArgumentElement performance = s3.element("G_" + S3 + "_performance-competitiveness").orElseThrow();
		assertEquals(List.of(), performance.supportedBy());
		assertEquals(List.of("C_" + S3 + "_hch", "C_" + S3 + "_performance-competitiveness_paper"), performance.inContextOf(),
				"it relies on the limit alone, which is context");
		assertTrue(performance.undeveloped());
		assertEquals(AssertionStatus.NEEDS_SUPPORT, performance.status());
	}

	@Test
	void aMissingInnerAlignmentArgumentIsAnUndevelopedGoalAndAChallenge() {
		SafetyCase flawed = Cases.ofExamples(injector).get("FlawedOuterAlignmentOnly");
		ArgumentElement inner = Cases.element(flawed, "_inner-alignment");
		assertTrue(inner.undeveloped());
		assertEquals(List.of(), inner.supportedBy());
		assertEquals(AssertionStatus.NEEDS_SUPPORT, inner.status(), "missing, not refuted");
		assertTrue(inner.text().startsWith("Inner alignment: the proposal gives no argument."), inner.text());
		List<ArgumentElement> challenges = Cases.challengesBy(flawed, "missing-inner-alignment");
		assertEquals(1, challenges.size(), flawed.challenges().toString());
		ArgumentElement challenge = challenges.get(0);
		assertEquals(inner.id(), challenge.challenges());
		assertEquals(ElementKind.COUNTER_GOAL, challenge.kind());
		assertEquals("missing-inner-alignment (error)", challenge.name());
		assertTrue(challenge.text().startsWith("Proposal 'FlawedOuterAlignmentOnly' has no inner alignment argument"), challenge.text());
		assertTrue(challenge.text().endsWith("(\u00a71)"), "the paper's section: " + challenge.text());
	}

	@Test
	void eachFindingChallengesTheElementItConcerns() {
		SafetyCase s3 = Cases.ofExamples(injector).get(S3);
		ArgumentElement challenge = Cases.challengesBy(s3, "after-the-fact-detection").get(0);
		assertEquals("CG_" + S3 + "_after-the-fact-detection_intermittentOversight", challenge.id());
		assertEquals("G_" + S3 + "_intermittentOversight", challenge.challenges());
		assertEquals(AssertionStatus.DEFEATED, s3.element(challenge.challenges()).orElseThrow().status());
		assertEquals(1, s3.challenges().size(), s3.challenges().toString());

		Map<String, Resource> examples = Examples.loadAll(injector);
		for (Map.Entry<String, Resource> example : examples.entrySet()) {
			if (!example.getKey().startsWith("flawed/")) {
				continue;
			}
			PaperCheck check = PaperCheck.byId(example.getKey().substring("flawed/".length()).replace(".proposal", "")).orElseThrow();
			for (SafetyCase flawed : Cases.of(List.of(example.getValue())).values()) {
				List<ArgumentElement> raised = Cases.challengesBy(flawed, check.id());
				assertFalse(raised.isEmpty(), example.getKey() + " raises no challenge " + check.id());
				for (ArgumentElement each : raised) {
					assertEquals(expectedTarget(flawed, each), each.challenges(), example.getKey() + ": what " + each.id() + " challenges");
				}
			}
		}
	}

	/** Where the docs say a finding of each check goes. */
	private static String expectedTarget(SafetyCase safetyCase, ArgumentElement challenge) {
		List<String> data = challenge.objection().data();
		String prefix = "G_" + safetyCase.proposal() + "_";
		return switch (challenge.objection().check()) {
		case MISSING_INNER_ALIGNMENT, INNER_ALIGNMENT_UNSUPPORTED, UNOVERSEEN_AUXILIARY, META_LEARNING_FORWARDING -> prefix + "inner-alignment";
		case MISSING_LIMIT -> prefix + "outer-alignment";
		case MISSING_COMPONENT -> prefix + Component.get(data.get(0)).getName().toLowerCase(Locale.ROOT).replace('_', '-');
		case NOTHING_DEPLOYED -> safetyCase.top().id();
		default -> safetyCase.element(prefix + data.get(0)).isPresent() ? prefix + data.get(0) : prefix + "inner-alignment";
		};
	}

	@Test
	void aCheckSwitchedOffRaisesNoChallenge() throws Exception {
		String s3 = Files.readString(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal"));
		SafetyCase defaults = Cases.ofTexts(injector, temp.resolve("defaults"), Map.of("s03.proposal", s3)).get(S3);
		assertEquals(1, Cases.challengesBy(defaults, "after-the-fact-detection").size());

		SafetyCase ignored = Cases.ofTexts(injector, temp.resolve("ignored"),
				Map.of("proposals.properties", "after-the-fact-detection = ignore\n", "s03.proposal", s3)).get(S3);
		assertEquals(List.of(), ignored.challenges());
		assertEquals(AssertionStatus.ASSERTED, ignored.element("G_" + S3 + "_intermittentOversight").orElseThrow().status());
	}

	@Test
	void anUnrelatedEditChangesOnlyWhatItTouches() throws Exception {
		String s3 = Files.readString(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal"));
		String edited = s3.replace("Like outer alignment, performance competitiveness rests on HCH", "Performance competitiveness rests on HCH, like outer alignment")
				.replace("\tdeploy M", "\tsignal distillation: imitation trains M from Amp(M)\n\tdeploy M")
				.replace("training competitiveness is uncertain section 3.3 cites 8, 19 relies on imitationLoss, intermittentOversight",
						"training competitiveness is uncertain section 3.3 cites 8, 19 relies on imitationLoss, intermittentOversight, distillation");
		SafetyCase before = Cases.ofTexts(injector, temp.resolve("before"), Map.of("s03.proposal", s3)).get(S3);
		SafetyCase after = Cases.ofTexts(injector, temp.resolve("after"), Map.of("s03.proposal", edited)).get(S3);
		Set<String> changed = new HashSet<>();
		for (ArgumentElement element : before.elements()) {
			ArgumentElement same = after.element(element.id()).orElseThrow(() -> new AssertionError(element.id() + " is gone"));
			if (!same.equals(element)) {
				changed.add(element.id());
			}
		}
		assertEquals(Set.of("G_" + S3 + "_performance-competitiveness", "G_" + S3 + "_training-competitiveness"), changed,
				"the edited argument and the one that now relies on a new signal");
		assertEquals(List.of("Sn_" + S3 + "_distillation"),
				after.elements().stream().map(ArgumentElement::id).filter(id -> before.element(id).isEmpty()).toList());
	}

	@Test
	void anExtendingProposalArguesWithWhatItInheritsAndNamesItsBase() {
		SafetyCase s4 = Cases.ofExamples(injector).get(S4);
		assertEquals(S3, s4.base());
		assertEquals(List.of("G_" + S4 + "_rat"), s4.element("G_" + S4 + "_inner-alignment").orElseThrow().supportedBy());
		assertEquals(List.of("Sn_" + S4 + "_imitationLoss", "G_" + S4 + "_rat"),
				s4.element("G_" + S4 + "_training-competitiveness").orElseThrow().supportedBy(), "inherited and own mechanisms");
		assertTrue(s4.element("C_" + S4 + "_hch").isPresent(), "the inherited limit");
		assertTrue(s4.element("G_" + S4 + "_intermittentOversight").isEmpty(), "the replaced oversight is gone");
		ArgumentElement overfitting = Cases.challengesBy(s4, "oversight-overfitting").get(0);
		assertEquals("G_" + S4 + "_rat", overfitting.challenges());
		assertEquals(S4 + ".rat", s4.element("G_" + S4 + "_rat").orElseThrow().source(), "diagrams lead to the author's text");
		assertEquals(S3 + ".imitationLoss", s4.element("Sn_" + S4 + "_imitationLoss").orElseThrow().source(), "or to the base's");
	}

	@Test
	void everyExampleHasAWellFormedCase() {
		for (SafetyCase safetyCase : Cases.ofExamples(injector).values()) {
			String name = safetyCase.proposal();
			Set<String> ids = new HashSet<>();
			Set<String> referenced = new HashSet<>();
			for (ArgumentElement element : safetyCase.elements()) {
				assertTrue(ids.add(element.id()), name + ": " + element.id() + " twice");
				assertTrue(element.id().startsWith(element.kind().idPrefix() + "_" + name), name + ": " + element.id());
				assertTrue(element.id().matches("[\\p{L}\\p{N}._-]+"), name + ": " + element.id() + " is no XML id");
				for (String supporter : element.supportedBy()) {
					ElementKind kind = safetyCase.element(supporter).orElseThrow().kind();
					assertTrue(kind == ElementKind.GOAL || kind == ElementKind.STRATEGY || kind == ElementKind.SOLUTION, name + ": " + supporter);
					referenced.add(supporter);
				}
				for (String context : element.inContextOf()) {
					ElementKind kind = safetyCase.element(context).orElseThrow().kind();
					assertTrue(kind == ElementKind.CONTEXT || kind == ElementKind.ASSUMPTION || kind == ElementKind.JUSTIFICATION, name + ": " + context);
					referenced.add(context);
				}
				boolean supports = !element.supportedBy().isEmpty() || !element.inContextOf().isEmpty();
				assertTrue(!supports || element.kind() == ElementKind.GOAL || element.kind() == ElementKind.STRATEGY, name + ": " + element.id());
				assertEquals(element.kind() == ElementKind.COUNTER_GOAL, element.challenges() != null, name + ": " + element.id());
				if (element.challenges() != null) {
					assertTrue(safetyCase.element(element.challenges()).isPresent(), name + ": " + element.challenges());
				}
				assertEquals(element.kind() == ElementKind.GOAL && element.supportedBy().isEmpty(), element.undeveloped(), name + ": " + element.id());
				assertEquals(expectedStatus(safetyCase, element), element.status(), name + ": " + element.id());
			}
			assertFalse(referenced.contains(safetyCase.top().id()), name + ": the top goal supports nothing");
			for (ArgumentElement element : safetyCase.elements()) {
				assertTrue(element == safetyCase.top() || element.kind() == ElementKind.COUNTER_GOAL || referenced.contains(element.id()),
						name + ": " + element.id() + " hangs loose");
			}
			assertNull(safetyCase.top().challenges());
		}
	}

	private static AssertionStatus expectedStatus(SafetyCase safetyCase, ArgumentElement element) {
		if (element.undeveloped()) {
			return AssertionStatus.NEEDS_SUPPORT;
		}
		if (element.kind() == ElementKind.ASSUMPTION) {
			return AssertionStatus.ASSUMED;
		}
		return safetyCase.challengesOf(element.id()).isEmpty() ? AssertionStatus.ASSERTED : AssertionStatus.DEFEATED;
	}

	@Test
	void theSameModelGivesTheSameCase() {
		assertEquals(Cases.ofExamples(injector), Cases.ofExamples(injector));
	}
}
