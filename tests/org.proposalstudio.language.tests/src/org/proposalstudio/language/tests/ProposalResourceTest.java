package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.language.resource.ProposalResource;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** A proposal file's resource: the URI fragments of its elements are EMF's, however many proposals the file holds. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalResourceTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	static List<Path> examples() {
		return Stream.concat(Examples.faithful().stream(), Examples.flawed().stream()).toList();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyElementOfAnExampleHasTheFragmentEmfGivesIt(Path example) throws Exception {
		assertFragmentsAreEmfs(parseHelper.parse(Files.readString(example)));
	}

	@Test
	void theFragmentsOfAFileOfManyProposalsAreEmfs() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 300; i++) {
			text.append("proposal P").append(i).append(" { human H model M signal s: imitation trains M from H deploy M }\n");
		}
		assertFragmentsAreEmfs(parseHelper.parse(text));
	}

	@Test
	void aProposalRemovedMovesTheFragmentsOfThoseAfterIt() throws Exception {
		ProposalModel model = parseHelper.parse("proposal A { }\nproposal B { model M }\nproposal C { }\n");
		Proposal last = model.getProposals().get(2);
		assertEquals("//@proposals.2", model.eResource().getURIFragment(last));
		model.getProposals().remove(0);
		assertEquals("//@proposals.1", model.eResource().getURIFragment(last));
		assertEquals("//@proposals.0/@participants.0", model.eResource().getURIFragment(model.getProposals().get(0).getParticipants().get(0)));
	}

	/** Each element's fragment is the path EMF computes from the root, and leads back to the element. */
	private static void assertFragmentsAreEmfs(ProposalModel model) {
		Resource resource = model.eResource();
		assertEquals(ProposalResource.class, resource.getClass());
		for (TreeIterator<EObject> elements = EcoreUtil.getAllProperContents(model, false); elements.hasNext();) {
			EObject element = elements.next();
			String fragment = resource.getURIFragment(element);
			assertEquals("//" + EcoreUtil.getRelativeURIFragmentPath(model, element), fragment);
			assertSame(element, resource.getEObject(fragment), fragment);
		}
		assertEquals("/", resource.getURIFragment(model));
		assertEquals(URI.createURI(resource.getURI() + "#//@proposals.0"), EcoreUtil.getURI(model.getProposals().get(0)));
	}
}
