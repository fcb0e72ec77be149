package org.proposalstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.TrainingSignal;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** The self-contained copy that checks and diagrams work on, and its way back to what the author wrote. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class EffectiveProposalTest {

	private static final String PAIR = """
			proposal Base "Imitative amplification + intermittent oversight" section 3 cites 17, 18 {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal loss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M intermittently checking per-step-myopia
				inner alignment is uncertain relies on check "detect deception early"
			}
			proposal Relaxed section 4 extends Base {
				oversight rat replaces check: Amp(M) oversees M continuously checking per-step-myopia
			}
			""";

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Test
	void theCopyHoldsWhatIsInheritedAndExtendsNothing() throws Exception {
		EffectiveProposal effective = EffectiveProposal.of(relaxed());
		Proposal copy = effective.proposal();
		assertNull(copy.getExtends());
		assertNull(copy.eResource(), "the copy belongs to no resource");
		assertEquals("Relaxed", copy.getName());
		assertEquals("Imitative amplification + intermittent oversight", copy.getTitle(), "the title is inherited");
		assertEquals("4", copy.getSection(), "the section is the proposal's own");
		assertEquals(List.of(17, 18), copy.getCitations(), "the citations are inherited");
		assertEquals(3, copy.getParticipants().size());
		assertEquals("rat", copy.getOversights().get(0).getName());
		assertNull(copy.getOversights().get(0).getReplaces(), "nothing is replaced within the copy");
	}

	@Test
	void anInheritedReferenceToAReplacedElementPointsAtTheReplacement() throws Exception {
		Proposal copy = EffectiveProposal.of(relaxed()).proposal();
		ComponentArgument inner = copy.getArguments().get(0);
		assertSame(copy.getOversights().get(0), inner.getReliesOn().get(0),
				"Base's argument relied on 'check'; in Relaxed it relies on the copy of 'rat'");
	}

	@Test
	void referencesStayInsideTheCopy() throws Exception {
		Proposal copy = EffectiveProposal.of(relaxed()).proposal();
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(copy, true)) {
			for (EObject target : element.eCrossReferences()) {
				assertSame(copy, EcoreUtil.getRootContainer(target), element + " refers outside the copy to " + target);
			}
		}
	}

	@Test
	void eachCopiedElementKnowsWhereItWasWritten() throws Exception {
		Proposal relaxed = relaxed();
		Proposal base = relaxed.getExtends();
		EffectiveProposal effective = EffectiveProposal.of(relaxed);
		Oversight rat = effective.proposal().getOversights().get(0);
		TrainingSignal loss = effective.proposal().getSignals().get(0);
		assertSame(relaxed.getOversights().get(0), effective.origin(rat));
		assertSame(base.getSignals().get(0), effective.origin(loss));
		assertFalse(effective.isInherited(rat));
		assertTrue(effective.isInherited(loss));
		assertSame(base, effective.declaringProposal(loss));
		assertSame(base.getSignals().get(0).getTrains().get(0), effective.origin(loss.getTrains().get(0)));
	}

	@Test
	void changingTheCopyLeavesTheModelAlone() throws Exception {
		Proposal relaxed = relaxed();
		EffectiveProposal.of(relaxed).proposal().getParticipants().clear();
		assertEquals(3, relaxed.getExtends().getParticipants().size());
	}

	private Proposal relaxed() throws Exception {
		return parseHelper.parse(PAIR).getProposals().get(1);
	}
}
