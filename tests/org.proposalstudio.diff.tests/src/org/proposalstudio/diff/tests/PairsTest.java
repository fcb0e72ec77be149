package org.proposalstudio.diff.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.diff.tests.Comparisons.change;
import static org.proposalstudio.diff.tests.Comparisons.property;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diff.ElementChange;
import org.proposalstudio.diff.ElementChange.Kind;
import org.proposalstudio.diff.ProposalComparison;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** Hand-made pairs of proposals, one kind of change each: what the comparison says about it, and only that. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class PairsTest {

	/** A proposal that the checks leave alone, to change one thing in. */
	private static final String BASE = """
			human H
				model M "the model"
				amplified Amp(M) = H consulting M
				question Q
				flow Q -> H: question
				flow H <-> M: consultation
				signal loss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M continuously using transparency-tools checking per-step-myopia
					mitigating overfitting "held-out checks"
				limit hch: HCH of Amp(M)
				deploy M
				outer alignment is promising relies on hch "converges to HCH"
				inner alignment is uncertain relies on check "myopia rules out deception"
				training competitiveness is uncertain relies on loss "imitation may be rich enough"
				performance competitiveness is uncertain relies on hch "HCH may be universal"
				figure loop "The loop" { shows M, Amp(M) arrows amplification, training }
			""";

	@Inject
	private ParseHelper<ProposalModel> parser;

	/** Old is BASE; new is BASE with each {@code from} replaced by the {@code to} that follows it. */
	private ProposalComparison changing(String... fromTo) {
		String changed = BASE;
		for (int i = 0; i < fromTo.length; i += 2) {
			assertTrue(changed.contains(fromTo[i]), fromTo[i]);
			changed = changed.replace(fromTo[i], fromTo[i + 1]);
		}
		return Comparisons.of(parser, "proposal Old {\n" + BASE + "}\nproposal New {\n" + changed + "}\n", "Old", "New");
	}

	@Test
	void theSameProposalUnderAnotherNameIsTheSame() {
		ProposalComparison comparison = changing("\"the model\"", "\"the model\"");
		assertTrue(comparison.isSame(), comparison::toString);
		assertEquals(List.of(), comparison.changes());
	}

	@Test
	void aParticipantAddedRemovedOrOfAnotherKind() {
		ProposalComparison added = changing("question Q\n", "question Q\n\tanswer A\n");
		assertEquals(List.of("participant A ADDED"), Comparisons.summary(added));
		assertEquals(List.of("answer"), property(change(added, "participant", "A"), "kind").after());

		ProposalComparison kind = changing("question Q", "answer Q");
		assertEquals(List.of("question"), property(change(kind, "participant", "Q"), "kind").before());
		assertEquals(List.of("answer"), property(change(kind, "participant", "Q"), "kind").after());

		ProposalComparison described = changing("\"the model\"", "\"the trained model\"");
		assertTrue(property(change(described, "participant", "M"), "description").isText());
	}

	@Test
	void aFlowAddedOrOfAnotherKind() {
		assertEquals(List.of("flow H -> Q ADDED"), Comparisons.summary(changing("flow Q -> H: question\n", "flow Q -> H: question\n\tflow H -> Q: answer\n")));
		ProposalComparison kind = changing("flow Q -> H: question", "flow Q -> H: information");
		assertEquals(List.of("question"), property(change(kind, "flow", "Q -> H"), "kind").before());
		assertEquals(List.of("information"), property(change(kind, "flow", "Q -> H"), "kind").after());
	}

	@Test
	void aSignalOfAnotherKindOrMyopia() {
		ProposalComparison kind = changing("loss: imitation trains M from Amp(M)", "loss: approval trains M from Amp(M), non-myopic");
		ElementChange signal = change(kind, "signal", "loss");
		assertEquals(List.of("approval"), property(signal, "kind").after());
		assertEquals(List.of("non-myopic"), property(signal, "myopia").after());
	}

	@Test
	void oversightTimingToolsConditionsAndMitigations() {
		ElementChange oversight = change(changing(
				"continuously using transparency-tools checking per-step-myopia\n\t\tmitigating overfitting \"held-out checks\"",
				"intermittently when the target changes using transparency-tools, adversarial-attacks checking per-step-myopia, non-deception"),
				"oversight", "check");
		assertEquals(Kind.CHANGED, oversight.kind());
		assertEquals(List.of("continuously"), property(oversight, "timing").before());
		assertEquals(List.of("intermittently"), property(oversight, "timing").after());
		assertEquals(List.of("yes"), property(oversight, "on target change").after());
		assertEquals(List.of("adversarial-attacks"), property(oversight, "tools").added());
		assertEquals(List.of("non-deception"), property(oversight, "conditions").added());
		assertEquals(List.of("overfitting: held-out checks"), property(oversight, "mitigations").removed());
	}

	@Test
	void anOversightThatReplacesAnotherIsPairedWithIt() {
		String extending = "proposal Old {\n" + BASE + "}\nproposal New extends Old {\n"
				+ "\toversight rat replaces check: Amp(M) oversees M continuously using transparency-tools checking per-step-myopia\n"
				+ "\t\tmitigating overfitting \"held-out checks\"\n}\n";
		ProposalComparison comparison = Comparisons.of(parser, extending, "Old", "New");
		ElementChange oversight = change(comparison, "oversight", "rat");
		assertEquals(Kind.REPLACED, oversight.kind());
		assertEquals("check", oversight.oldName());
		assertEquals(List.of(), oversight.properties(), "the same oversight under another name");
		assertEquals(List.of("Old"), property(change(comparison, "proposal", "New"), "extends").after());

		ProposalComparison backwards = Comparisons.of(parser, extending, "New", "Old");
		assertEquals(Kind.REPLACED, change(backwards, "oversight", "check").kind(), "the pairing holds either way round");
	}

	@Test
	void anUnrelatedOversightIsRemovedAndAnotherAdded() {
		ProposalComparison comparison = changing("oversight check:", "oversight other:", "relies on check", "relies on other");
		assertTrue(Comparisons.summary(comparison).containsAll(List.of("oversight other ADDED", "oversight check REMOVED")),
				Comparisons.summary(comparison)::toString);
	}

	@Test
	void theLimitRenamedOrOfAnotherKind() {
		ElementChange limit = change(changing("hch", "tree", "HCH of", "approval-tree of"), "limit", "limit");
		assertEquals(List.of("hch"), property(limit, "name").before());
		assertEquals(List.of("tree"), property(limit, "name").after());
		assertEquals(List.of("approval-tree"), property(limit, "kind").after());
	}

	@Test
	void theDeploymentAndWhatItDiscards() {
		ElementChange deployment = change(changing("deploy M\n", "deploy M discarding M \"only its answers\"\n"), "deployment", "deployment");
		assertEquals(List.of("M"), property(deployment, "discarded").added());
		assertTrue(property(deployment, "usage").isText());
	}

	@Test
	void anArgumentsStanceRelianceAndTextAsWordDiff() {
		ElementChange argument = change(changing("inner alignment is uncertain relies on check \"myopia rules out deception\"",
				"inner alignment is concerning relies on check, loss \"myopia may not rule out deception\""), "argument", "inner alignment");
		assertEquals(List.of("uncertain"), property(argument, "stance").before());
		assertEquals(List.of("concerning"), property(argument, "stance").after());
		assertEquals(List.of("loss"), property(argument, "relies on").added());
		assertEquals("myopia [-rules-]{+may not rule+} out deception", Words.plain(property(argument, "text").words()));
	}

	@Test
	void aMissingArgumentIsRemovedAndItsDiagnosticAdded() {
		ProposalComparison comparison = changing("\tinner alignment is uncertain relies on check \"myopia rules out deception\"\n", "");
		assertEquals(Kind.REMOVED, change(comparison, "argument", "inner alignment").kind());
		assertEquals(List.of("missing-inner-alignment"), comparison.diagnosticsAdded().stream().map(Diagnostic::check).toList());
		assertEquals(List.of(), comparison.diagnosticsRemoved());
	}

	@Test
	void aFiguresArrowsAndUnrolling() {
		ProposalComparison comparison = changing("arrows amplification, training }", "arrows amplification, training, imitation unroll limit depth 2 breadth 3 }");
		ElementChange figure = change(comparison, "figure", "loop");
		assertEquals(List.of("imitation"), property(figure, "relations").added());
		assertEquals(List.of("limit depth 2 breadth 3"), property(figure, "unrolling").after());
		assertTrue(comparison.figures().get(0).changed());
	}

	@Test
	void reflowingATextChangesNothing() {
		ProposalComparison comparison = changing("\"converges to HCH\"", "\"converges\n\t\t\tto   HCH\"");
		assertFalse(comparison.changes().stream().anyMatch(change -> change.family().equals("argument")), comparison.changes()::toString);
	}
}
