package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Condition;
import org.proposalstudio.model.proposal.Myopia;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.OversightTiming;
import org.proposalstudio.model.proposal.OversightTool;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.Stance;
import org.proposalstudio.model.proposal.TrainingSignal;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalParsingTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void namesMayBeAmplificationsCarryPrimesAndUseGreekLetters() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Names {
					human H
					model M
					model M'' earlier version of M
					agent π
					amplified Amp(M'') = H consulting M''
				}
				""");
		assertNoSyntaxErrors(model);
		Proposal proposal = model.getProposals().get(0);
		assertEquals(List.of("H", "M", "M''", "π", "Amp(M'')"), proposal.getParticipants().stream().map(NamedElement::getName).toList());
		AmplifiedModel amplified = (AmplifiedModel) proposal.getParticipants().get(4);
		assertEquals("M''", amplified.getModel().getName());
	}

	@Test
	void wordsThatAreKeywordsElsewhereAreNamesAndOtherKeywordsTakeACaret() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal reward {
					reward model reward
					model ^model
					signal imitation: imitation trains ^model from reward
					limit training: custom
				}
				""");
		assertNoSyntaxErrors(model);
		Proposal proposal = model.getProposals().get(0);
		assertEquals("reward", proposal.getName());
		assertEquals(List.of("reward", "model"), proposal.getParticipants().stream().map(NamedElement::getName).toList());
		assertEquals("imitation", proposal.getSignals().get(0).getName());
		assertEquals("model", proposal.getSignals().get(0).getTrains().get(0).getName());
	}

	@Test
	void signalsAndOversightKeepTheirKindTimingToolsAndConditions() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Imitative {
					human H
					model M
					amplified Amp(M) = H consulting M
					signal loss: imitation trains M from Amp(M), myopic per-episode
					oversight check: Amp(M) oversees M intermittently when the target changes
						using transparency-tools, adversarial-attacks
						checking per-step-myopia, non-deception
						mitigating overfitting "a held-out set of transparency tools"
				}
				""");
		assertNoSyntaxErrors(model);
		TrainingSignal signal = model.getProposals().get(0).getSignals().get(0);
		assertEquals(Myopia.PER_EPISODE, signal.getMyopia());
		assertEquals("Amp(M)", signal.getSources().get(0).getName());
		Oversight oversight = model.getProposals().get(0).getOversights().get(0);
		assertEquals(OversightTiming.INTERMITTENT, oversight.getTiming());
		assertTrue(oversight.isOnTargetChange());
		assertEquals(List.of(OversightTool.TRANSPARENCY_TOOLS, OversightTool.ADVERSARIAL_ATTACKS), oversight.getTools());
		assertEquals(List.of(Condition.PER_STEP_MYOPIA, Condition.NON_DECEPTION), oversight.getConditions());
		assertEquals("a held-out set of transparency tools", oversight.getMitigations().get(0).getDescription());
	}

	@Test
	void argumentsKeepStanceSectionCitationsAndMultiLineText() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Arguments {
					inner alignment is concerning section 4.2 cites 20, 21
						"A consistent gradient away from deception,
						 if the overseer can provide it."
				}
				""");
		assertNoSyntaxErrors(model);
		ComponentArgument argument = model.getProposals().get(0).getArguments().get(0);
		assertEquals(Component.INNER_ALIGNMENT, argument.getComponent());
		assertEquals(Stance.CONCERNING, argument.getStance());
		assertEquals("4.2", argument.getSection());
		assertEquals(List.of(20, 21), argument.getCitations());
		assertTrue(argument.getText().contains("\n"), "the text keeps its line break");
	}

	@Test
	void aFileHoldsSeveralProposals() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal First { }
				proposal Second "Builds on the first" section 4 extends First { }
				""");
		assertNoSyntaxErrors(model);
		assertEquals("First", model.getProposals().get(1).getExtends().getName());
	}

	/** The second would replace the first and leave text that belongs to nothing in the model. */
	@Test
	void aSecondLimitOrDeploymentIsASyntaxErrorAndTheFirstStays() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Twice {
					model M
					limit a: HCH
					deploy M
					limit b: approval-tree
					deploy M "again"
				}
				""");
		List<Diagnostic> errors = model.eResource().getErrors();
		assertEquals(List.of("5:2 Proposal 'Twice' already has a limit, and a proposal has one: remove this one or the first",
				"6:2 Proposal 'Twice' already has a deployment, and a proposal has one: remove this one or the first"),
				errors.stream().map(error -> error.getLine() + ":" + error.getColumn() + " " + error.getMessage()).toList());
		assertEquals("a", model.getProposals().get(0).getLimit().getName());
		assertEquals(null, model.getProposals().get(0).getDeployment().getUsage());
	}

	@Test
	void aSectionNumberIsOneWord() throws Exception {
		assertEquals("4.2", parseHelper.parse("proposal P section 4.2 { }").getProposals().get(0).getSection());
		// with a line break inside, its value kept the line break, which no export could carry
		for (String split : List.of("4. 2", "4 .2", "4.\r2", "4./* x */2")) {
			assertEquals(1, parseHelper.parse("proposal P section " + split + " { }").eResource().getErrors().size(), split);
		}
	}

	@ParameterizedTest
	@MethodSource("lineEnds")
	void linesMayEndInAnyOfTheThreeWaysAndCommentsEndWithThem(String lineEnd) throws Exception {
		String text = String.join(lineEnd, "// a proposal", "proposal First { // its body", "\tmodel M", "}",
				"proposal Second extends First { }", "// the end");
		ProposalModel model = parseHelper.parse(text);
		assertNoSyntaxErrors(model);
		assertEquals(List.of("First", "Second"), model.getProposals().stream().map(Proposal::getName).toList());
		Diagnostic error = parseHelper.parse(text + lineEnd + "proposal Third {").eResource().getErrors().get(0);
		assertEquals(7, error.getLine(), "the line of the unfinished proposal, counted with " + lineEnd.replace("\r", "CR").replace("\n", "LF"));
	}

	static List<String> lineEnds() {
		return List.of("\n", "\r\n", "\r");
	}

	@ParameterizedTest
	@MethodSource("blankFiles")
	void aFileWithoutProposalsStillHasAModel(String text) throws Exception {
		ProposalModel model = parseHelper.parse(text);
		assertNotNull(model, "the root of '" + text + "'");
		assertEquals(List.of(), model.getProposals());
		assertNoSyntaxErrors(model);
	}

	static List<String> blankFiles() {
		return List.of("", "  \n\t\n", "// only a comment", "/* a comment */\n// and another\r\n");
	}

	@Test
	void aTextLargerThanTheLimitIsNotParsedAndSaysSoOnItsFirstLine() throws Exception {
		String line = "// " + "x".repeat(1000) + "\n";
		String text = "proposal P { }\n" + line.repeat((int) (Limits.MAX_FILE_BYTES / line.length()) + 1);
		ProposalModel model = parseHelper.parse(text);
		assertEquals(List.of(), model.getProposals(), "nothing of it is parsed");
		List<Diagnostic> errors = model.eResource().getErrors();
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(1, errors.get(0).getLine());
		assertEquals(1, errors.get(0).getColumn());
		assertTrue(errors.get(0).getMessage().startsWith("This text has 10,"), errors.get(0).getMessage());
		assertTrue(errors.get(0).getMessage().contains("more than the 10,485,760 that Proposal Studio reads in one file"),
				errors.get(0).getMessage());
	}

	static List<Path> examples() {
		return Stream.concat(Examples.faithful().stream(), Examples.flawed().stream()).toList();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleParsesWithoutSyntaxErrors(Path example) throws Exception {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createFileURI(example.toString()));
		resource.load(Files.newInputStream(example), null);
		assertEquals(List.of(), resource.getParseResult().getSyntaxErrors().iterator().hasNext() ? resource.getErrors() : List.of(),
				Examples.key(example) + " has syntax errors");
		assertTrue(!((ProposalModel) resource.getContents().get(0)).getProposals().isEmpty(), "declares a proposal");
	}

	private static void assertNoSyntaxErrors(ProposalModel model) {
		assertEquals(List.of(), model.eResource().getErrors());
	}
}
