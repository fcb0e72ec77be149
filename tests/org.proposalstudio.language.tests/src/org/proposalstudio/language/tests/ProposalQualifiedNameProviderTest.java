package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The names the index and the editors know elements by. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalQualifiedNameProviderTest {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private Injector injector;

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Test
	void aProposalsElementsAreQualifiedByTheProposal() throws Exception {
		Proposal proposal = parseHelper.parse("""
				proposal P { human H model M signal s: imitation trains M from H deploy M }
				""").getProposals().get(0);
		assertEquals(QualifiedName.create("P"), names.getFullyQualifiedName(proposal));
		assertEquals(QualifiedName.create("P", "H"), names.getFullyQualifiedName(proposal.getParticipants().get(0)));
		assertEquals(QualifiedName.create("P", "s"), names.getFullyQualifiedName(proposal.getSignals().get(0)));
		assertNull(names.getFullyQualifiedName(proposal.getDeployment()), "a deployment has no name");
		assertNull(names.getFullyQualifiedName(proposal.eContainer()), "nor has the file's model");
	}

	@Test
	void aRenamedElementIsKnownByItsNewNameAtOnce() throws Exception {
		Proposal proposal = parseHelper.parse("proposal P { human H }").getProposals().get(0);
		names.getFullyQualifiedName(proposal.getParticipants().get(0));
		proposal.setName("Q");
		assertEquals(QualifiedName.create("Q", "H"), names.getFullyQualifiedName(proposal.getParticipants().get(0)));
	}

	@Test
	void everyElementOfTheExamplesHasTheNameXtextsDefaultGivesIt() {
		IQualifiedNameProvider xtextDefault = injector.getInstance(DefaultDeclarativeQualifiedNameProvider.class);
		int named = 0;
		for (Map.Entry<String, Resource> example : Examples.loadAll(injector).entrySet()) {
			for (EObject element : (Iterable<EObject>) example.getValue()::getAllContents) {
				QualifiedName expected = xtextDefault.getFullyQualifiedName(element);
				assertEquals(expected, names.getFullyQualifiedName(element), () -> example.getKey() + ": " + element);
				named += expected == null ? 0 : 1;
			}
		}
		assertTrue(named > 100, "the examples name many elements: " + named);
	}
}
