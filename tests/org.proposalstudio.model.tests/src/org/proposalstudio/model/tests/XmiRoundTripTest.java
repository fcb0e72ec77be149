package org.proposalstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalFactory;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Models travel to other EMF tools as XMI and come back equal: every example, as written (its references to other
 * files stay references to them) and as effective, self-contained proposals.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class XmiRoundTripTest {

	@TempDir
	Path folder;

	@Inject
	private Injector injector;

	static Stream<String> examples() {
		return Examples.faithful().stream().map(Examples::key);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void anExampleComesBackFromXmiEqual(String example) throws Exception {
		ProposalModel original = loadExample(example);
		Path xmi = saveAsXmi(original.eResource().getResourceSet(), EcoreUtil.copy(original), example);
		EObject reloaded = loadXmi(xmi);
		assertTrue(EcoreUtil.equals(original, reloaded), example + " changed on its way through XMI");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void effectiveProposalsAreSelfContainedInXmi(String example) throws Exception {
		ProposalModel effective = ProposalFactory.eINSTANCE.createProposalModel();
		for (Proposal proposal : loadExample(example).getProposals()) {
			effective.getProposals().add(EffectiveProposal.of(proposal).proposal());
		}
		Path xmi = saveAsXmi(new XtextResourceSet(), effective, example);
		assertFalse(Files.readString(xmi).contains(".proposal#"), "no reference leaves the XMI file");
		assertTrue(EcoreUtil.equals(effective, loadXmi(xmi)));
	}

	private ProposalModel loadExample(String example) {
		Map<String, Resource> examples = Examples.loadAll(injector);
		EcoreUtil.resolveAll(examples.get(example).getResourceSet());
		assertEquals(List.of(), examples.get(example).getErrors());
		return (ProposalModel) examples.get(example).getContents().get(0);
	}

	/** Saved from the resource set of the examples, so that references to other files become relative hrefs. */
	private Path saveAsXmi(ResourceSet resourceSet, EObject root, String example) throws Exception {
		Path file = folder.resolve(example.replace('/', '-') + ".xmi");
		Resource xmi = new XMIResourceImpl(URI.createFileURI(file.toString()));
		resourceSet.getResources().add(xmi);
		xmi.getContents().add(root);
		xmi.save(Map.of());
		return file;
	}

	/** Loaded as another EMF tool would: a fresh resource set that only knows the language's file extension. */
	private EObject loadXmi(Path file) {
		ResourceSet fresh = injector.getInstance(XtextResourceSet.class);
		fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = fresh.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(fresh);
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
			element.eCrossReferences().forEach(target -> assertFalse(target.eIsProxy(), "unresolved " + EcoreUtil.getURI(target)));
		}
		return resource.getContents().get(0);
	}
}
