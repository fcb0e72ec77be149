package org.proposalstudio.language.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.proposalstudio.language.ide.TextChange;
import org.proposalstudio.language.ide.contentassist.ProposalCompletion;
import org.proposalstudio.language.ide.contentassist.ProposalCompletion.Completion;

/** Content assist: keywords, names in scope at a reference, and templates whose text parses. */
class ProposalCompletionTest {

	private final ProposalCompletion completion = Ide.get(ProposalCompletion.class);

	private static final String PROPOSAL = """
			proposal P {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				oversight rat: Amp(M) oversees M continuously checking per-step-myopia
				deploy M
				CARET
			}
			""";

	@Test
	void offersTheDeclaredParticipantsAtAReference() {
		List<String> labels = labelsAt(PROPOSAL.replace("deploy M\n\tCARET", "deploy CARET"));
		assertTrue(labels.containsAll(List.of("H", "M", "Amp(M)")), labels.toString());
		assertFalse(labels.contains("imitationLoss"), "a signal is not deployed: " + labels);
	}

	@Test
	void offersMechanismsWhereAnArgumentReliesOnOne() {
		List<String> labels = labelsAt(PROPOSAL.replace("CARET", "inner alignment is uncertain relies on CARET"));
		assertTrue(labels.containsAll(List.of("imitationLoss", "rat")), labels.toString());
	}

	@Test
	void offersConditionsWhereAnOversightChecksOne() {
		List<String> labels = labelsAt(PROPOSAL.replace("checking per-step-myopia", "checking CARET").replace("CARET\n}", "\n}"));
		assertTrue(labels.containsAll(List.of("per-step-myopia", "non-deception", "no-optimization")), labels.toString());
	}

	@Test
	void offersKeywordsAndArgumentTemplatesWhereAMemberBegins() {
		List<String> labels = labelsAt(PROPOSAL);
		assertTrue(labels.containsAll(List.of("oversight", "limit", "figure", "inner alignment (template)",
				"performance competitiveness (template)")), labels.toString());
	}

	@Test
	void eachArgumentTemplateInsertsAnArgumentThatParsesAndRemovesItsDiagnostic() {
		for (String component : List.of("outer alignment", "inner alignment", "training competitiveness",
				"performance competitiveness")) {
			String text = insert(PROPOSAL, component + " (template)");
			XtextResource resource = Ide.parse(text);
			assertEquals(List.of(), resource.getErrors(), text);
			assertTrue(text.contains("\t" + component + " is uncertain"), text);
			long stillMissing = Ide.validate(resource).stream()
					.filter(issue -> issue.getMessage().contains("no " + component + " argument")).count();
			assertEquals(0, stillMissing, text);
		}
		assertTrue(insert(PROPOSAL, "inner alignment (template)").contains("inner alignment is uncertain relies on rat"),
				"inner alignment relies on the proposal's oversight");
	}

	@Test
	void theProposalTemplateInsertsAProposalWithNoErrors() {
		String text = insert("CARET", "proposal (template)");
		XtextResource resource = Ide.parse(text);
		assertEquals(List.of(), resource.getErrors(), text);
		assertEquals(List.of("oversight-overfitting"), Ide.codes(resource), "only the info the paper's own §4 gets: " + text);
	}

	@Test
	void templateFieldsAreTheirDefaultTextInTheInsertedText() {
		Completion template = at("CARET").stream().filter(c -> c.label().equals("proposal (template)")).findFirst().orElseThrow();
		String inserted = TextChange.apply("", List.of(new TextChange(template.offset(), template.length(), template.text())));
		assertEquals("NewProposal", inserted.substring(template.fields().get(0).getOffset(),
				template.fields().get(0).getOffset() + template.fields().get(0).getLength()));
	}

	private List<String> labelsAt(String textWithCaret) {
		return at(textWithCaret).stream().map(Completion::label).toList();
	}

	private List<Completion> at(String textWithCaret) {
		int caret = textWithCaret.indexOf("CARET");
		return completion.completionsAt(Ide.parse(textWithCaret.replace("CARET", "")), caret);
	}

	/** The text with the proposal labelled {@code label} applied at the caret. */
	private String insert(String textWithCaret, String label) {
		Completion chosen = at(textWithCaret).stream().filter(c -> c.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + label));
		String text = textWithCaret.replace("CARET", "");
		return TextChange.apply(text, List.of(new TextChange(chosen.offset(), chosen.length(), chosen.text())));
	}
}
