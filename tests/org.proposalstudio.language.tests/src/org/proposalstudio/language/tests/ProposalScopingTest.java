package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.model.proposal.TrainingSignal;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Linking and scoping: names inside a proposal, what it inherits, and proposals across the files of a project. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalScopingTest {

	private static final String BASE = """
			proposal Base {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal loss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M intermittently checking per-step-myopia
			}
			""";

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void referencesResolveToTheParticipantsOfTheProposal() throws Exception {
		Proposal base = parseHelper.parse(BASE).getProposals().get(0);
		TrainingSignal loss = base.getSignals().get(0);
		assertSame(base.getParticipants().get(1), loss.getTrains().get(0));
		assertSame(base.getParticipants().get(2), loss.getSources().get(0));
	}

	@Test
	void anExtendingProposalSeesWhatItInherits() throws Exception {
		ProposalModel model = parseHelper.parse(BASE + """
				proposal Extended extends Base {
					oversight rat: Amp(M) oversees M continuously checking per-step-myopia
					inner alignment is uncertain relies on rat, loss "..."
				}
				""");
		assertResolved(model);
		Proposal base = model.getProposals().get(0);
		Oversight rat = model.getProposals().get(1).getOversights().get(0);
		assertSame(base.getParticipants().get(2), rat.getOverseer(), "Amp(M) is inherited from Base");
		ComponentArgument argument = model.getProposals().get(1).getArguments().get(0);
		assertSame(base.getSignals().get(0), argument.getReliesOn().get(1), "the inherited signal is a mechanism to rely on");
	}

	@Test
	void aReplacedMechanismIsNoLongerVisibleUnderItsOldName() throws Exception {
		ProposalModel model = parseHelper.parse(BASE + """
				proposal Extended extends Base {
					oversight rat replaces check: Amp(M) oversees M continuously checking per-step-myopia
					inner alignment is uncertain relies on check "..."
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.COMPONENT_ARGUMENT, Diagnostic.LINKING_DIAGNOSTIC,
				"No signal, oversight or limit named 'check' in proposal 'Extended' or the proposals it extends");
	}

	@Test
	void replacesSeesOnlyInheritedDeclarationsOfTheSameFamily() throws Exception {
		ProposalModel model = parseHelper.parse(BASE + """
				proposal Extended extends Base {
					oversight rat replaces loss: Amp(M) oversees M continuously checking per-step-myopia
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.OVERSIGHT, Diagnostic.LINKING_DIAGNOSTIC,
				"'loss' is not an element of the same kind inherited by proposal 'Extended'");
	}

	@Test
	void replacesWithoutExtendsSaysSo() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Alone {
					model M2 replaces M
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.MODEL, Diagnostic.LINKING_DIAGNOSTIC,
				"'replaces' names an inherited element, but proposal 'Alone' extends no proposal");
	}

	@Test
	void anUnknownParticipantIsNamedWithItsKind() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Typo {
					model M
					signal loss: imitation trains N
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.TRAINING_SIGNAL, Diagnostic.LINKING_DIAGNOSTIC,
				"No trained participant (model, agent, reward model or debater) named 'N' in proposal 'Typo'");
	}

	@Test
	void aParticipantOfTheWrongKindIsNotFound() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal WrongKind {
					human H
					signal loss: imitation trains H
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.TRAINING_SIGNAL, Diagnostic.LINKING_DIAGNOSTIC,
				"named 'H'");
	}

	@Test
	void extendsFindsAProposalInAnotherFileOfTheProject() throws Exception {
		ResourceSet project = resourceSets.get();
		parseHelper.parse(BASE, URI.createURI("memory:/project/base.proposal"), project);
		ProposalModel extending = parseHelper.parse("""
				proposal Extended extends Base {
					signal extra: approval trains M from Amp(M)
				}
				""", URI.createURI("memory:/project/extended.proposal"), project);
		assertResolved(extending);
		TrainingSignal extra = extending.getProposals().get(0).getSignals().get(0);
		assertEquals("memory:/project/base.proposal", extra.getTrains().get(0).eResource().getURI().toString());
	}

	@Test
	void anUnknownProposalIsReported() throws Exception {
		ProposalModel model = parseHelper.parse("proposal Orphan extends Nowhere { }");
		validationHelper.assertError(model, ProposalPackage.Literals.PROPOSAL, Diagnostic.LINKING_DIAGNOSTIC,
				"No proposal named 'Nowhere' in this project");
	}

	@Test
	void inheritanceFollowsSeveralGenerations() throws Exception {
		ProposalModel model = parseHelper.parse(BASE + """
				proposal Middle extends Base { agent π }
				proposal Last extends Middle {
					signal reward: rl-reward trains π, M
				}
				""");
		assertResolved(model);
		TrainingSignal reward = model.getProposals().get(2).getSignals().get(0);
		assertEquals(List.of("π", "M"), reward.getTrains().stream().map(trained -> trained.getName()).toList());
	}

	/** Parsed and linked without errors: the paper's checks, which these small proposals fail, are not the point here. */
	private static void assertResolved(ProposalModel model) {
		EcoreUtil.resolveAll(model.eResource());
		assertEquals(List.of(), model.eResource().getErrors());
	}
}
