package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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

/**
 * A proposal file's resource: the URI fragments of its elements are EMF's, and its diagnostics are reported once each,
 * however many proposals the file holds.
 */
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

	@Test
	void everyUnresolvedNameOfAFileOfManyIsReportedOnce() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 300; i++) {
			text.append("proposal P").append(i).append(" extends Q").append(i).append(" { model M deploy X").append(i).append(" }\n");
		}
		ProposalModel model = parseHelper.parse(text);
		EcoreUtil2.resolveAll(model);
		EcoreUtil2.resolveAll(model);
		List<String> errors = model.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertEquals(600, errors.size(), () -> String.join("\n", errors));
		assertEquals(600, Set.copyOf(errors).size(), "each once, though resolved twice");
	}

	@Test
	void theErrorsKnowWhichDiagnosticsTheyHold() throws Exception {
		ProposalModel model = parseHelper.parse("proposal A { deploy X }");
		EcoreUtil2.resolveAll(model);
		EList<Resource.Diagnostic> errors = model.eResource().getErrors();
		Resource.Diagnostic unresolved = errors.get(0);
		Resource.Diagnostic other = new XtextLinkingDiagnostic(NodeModelUtils.findActualNodeFor(model), "another message", null);
		assertEquals(List.of(true, false), List.of(errors.contains(unresolved), errors.contains(other)));
		errors.add(unresolved);
		errors.add(1, other);
		assertEquals(List.of(0, 1, 2), List.of(errors.indexOf(unresolved), errors.indexOf(other), errors.lastIndexOf(unresolved)));
		errors.remove(0);
		assertEquals(List.of(true, 1), List.of(errors.contains(unresolved), errors.indexOf(unresolved)), "equal diagnostics are counted");
		errors.set(1, other);
		assertEquals(List.of(false, -1, 1), List.of(errors.contains(unresolved), errors.indexOf(unresolved), errors.lastIndexOf(other)));
		errors.clear();
		assertEquals(List.of(false, -1), List.of(errors.contains(other), errors.indexOf(other)));
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
