package org.proposalstudio.safetycase.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.AssertionStatus;
import org.proposalstudio.safetycase.ElementKind;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.format.SacmWriter;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentAsset;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentPackage;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentReasoning;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentationPackage;
import org.proposalstudio.safetycase.sacm.argumentation.ArtifactReference;
import org.proposalstudio.safetycase.sacm.argumentation.AssertedContext;
import org.proposalstudio.safetycase.sacm.argumentation.AssertedEvidence;
import org.proposalstudio.safetycase.sacm.argumentation.AssertedInference;
import org.proposalstudio.safetycase.sacm.argumentation.AssertedRelationship;
import org.proposalstudio.safetycase.sacm.argumentation.AssertionDeclaration;
import org.proposalstudio.safetycase.sacm.argumentation.Claim;
import org.proposalstudio.safetycase.sacm.assurancecase.AssuranceCasePackage;
import org.proposalstudio.safetycase.sacm.assurancecase.CasePackage;
import org.proposalstudio.safetycase.sacm.base.BasePackage;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** SACM 2.x XMI, loaded back by EMF and checked by its Diagnostician. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class SacmWriterTest {

	@Inject
	private Injector injector;

	@Test
	void theMetamodelUsesSacm23sNamespaces() {
		assertEquals("http://omg.sacm/2.3/base", BasePackage.eNS_URI);
		assertEquals("http://omg.sacm/2.3/assurancecase", CasePackage.eNS_URI);
		assertEquals("http://omg.sacm/2.3/argumentation", ArgumentationPackage.eNS_URI);
	}

	@Test
	void everyExampleLoadsBackAndPassesTheDiagnostician() throws IOException {
		for (SafetyCase safetyCase : Cases.ofExamples(injector).values()) {
			Resource resource = load(SacmWriter.write(safetyCase));
			String name = safetyCase.proposal();
			assertTrue(resource.getErrors().isEmpty() && resource.getWarnings().isEmpty(), name + ": " + resource.getErrors());
			AssuranceCasePackage root = assertInstanceOf(AssuranceCasePackage.class, resource.getContents().get(0));
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(root);
			assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> name + ": " + diagnostic.getChildren());
			ArgumentPackage argument = root.getArgumentPackage().get(0);
			for (ArgumentElement element : safetyCase.elements()) {
				EObject asset = ((XMLResource) resource).getEObject(element.id());
				assertTrue(asset instanceof ArgumentAsset, name + ": " + element.id() + " is an asset, by xmi:id");
				assertEquals(element.id(), ((ArgumentAsset) asset).getGid(), name);
				assertEquals(element.text(), ((ArgumentAsset) asset).getContent().getValue().get(0).getContent());
				switch (element.kind()) {
				case STRATEGY -> assertInstanceOf(ArgumentReasoning.class, asset);
				case SOLUTION, CONTEXT -> assertInstanceOf(ArtifactReference.class, asset);
				default -> assertEquals(declaration(element), assertInstanceOf(Claim.class, asset).getAssertionDeclaration(), name + ": " + element.id());
				}
			}
			for (EObject object : argument.getArgumentationElement()) {
				if (object instanceof AssertedRelationship relationship) {
					assertRelationship(safetyCase, relationship);
				}
			}
		}
	}

	private static AssertionDeclaration declaration(ArgumentElement element) {
		return switch (element.status()) {
		case ASSERTED -> AssertionDeclaration.ASSERTED;
		case NEEDS_SUPPORT -> AssertionDeclaration.NEEDS_SUPPORT;
		case ASSUMED -> AssertionDeclaration.ASSUMED;
		case DEFEATED -> AssertionDeclaration.DEFEATED;
		};
	}

	/** Each relationship is one of the argument's links, in SACM's direction: from premises, evidence or context to the target. */
	private static void assertRelationship(SafetyCase safetyCase, AssertedRelationship relationship) {
		ArgumentElement target = safetyCase.element(relationship.getTarget().getGid()).orElseThrow();
		List<ArgumentElement> sources = relationship.getSource().stream().map(source -> safetyCase.element(source.getGid()).orElseThrow()).toList();
		String where = safetyCase.proposal() + ": " + relationship.getGid();
		if (relationship.isIsCounter()) {
			assertInstanceOf(AssertedInference.class, relationship, where);
			assertEquals(1, sources.size(), where);
			assertEquals(ElementKind.COUNTER_GOAL, sources.get(0).kind(), where);
			assertEquals(sources.get(0).challenges(), target.id(), where);
		} else if (relationship instanceof AssertedContext) {
			sources.forEach(source -> assertTrue(target.inContextOf().contains(source.id()), where));
		} else {
			boolean viaStrategy = relationship.getReasoning() != null;
			List<String> supporting = viaStrategy ? safetyCase.element(relationship.getReasoning().getGid()).orElseThrow().supportedBy() : target.supportedBy();
			sources.forEach(source -> assertTrue(supporting.contains(source.id()), where + ": " + source.id()));
			boolean evidence = relationship instanceof AssertedEvidence;
			sources.forEach(source -> assertEquals(evidence, source.kind() == ElementKind.SOLUTION, where + ": " + source.id()));
		}
	}

	@Test
	void aChallengeIsACounterInferenceAndDefeatsWhatItTargets() throws IOException {
		SafetyCase s3 = Cases.ofExamples(injector).get(SafetyCasesTest.S3);
		XMLResource resource = (XMLResource) load(SacmWriter.write(s3));
		String challenge = "CG_" + SafetyCasesTest.S3 + "_after-the-fact-detection_intermittentOversight";
		AssertedInference counter = (AssertedInference) resource.getEObject("AI_" + challenge);
		assertTrue(counter.isIsCounter());
		assertEquals(resource.getEObject(challenge), counter.getSource().get(0));
		Claim oversight = (Claim) resource.getEObject("G_" + SafetyCasesTest.S3 + "_intermittentOversight");
		assertEquals(oversight, counter.getTarget());
		assertEquals(AssertionDeclaration.DEFEATED, oversight.getAssertionDeclaration());
		AssertedInference components = (AssertedInference) resource.getEObject("AI_S_" + SafetyCasesTest.S3 + "_components");
		assertEquals(resource.getEObject("G_" + SafetyCasesTest.S3), components.getTarget());
		assertEquals(4, components.getSource().size(), "the four components support the top goal");
		assertEquals(resource.getEObject("S_" + SafetyCasesTest.S3 + "_components"), components.getReasoning(), "through the strategy");
		Claim performance = (Claim) resource.getEObject("G_" + SafetyCasesTest.S3 + "_performance-competitiveness");
		assertEquals(AssertionDeclaration.NEEDS_SUPPORT, performance.getAssertionDeclaration());
		String xmi = new String(SacmWriter.write(s3), StandardCharsets.UTF_8);
		assertTrue(xmi.contains("assertionDeclaration=\"asserted\""), "the default is written too, for readers that do not know it");
	}

	@Test
	void hostileTextStaysWellFormedXml() throws IOException {
		String text = "<tag attr=\"x\"> & ]]> \u0007 bell, \uFFFE, \uD800 alone, line\nbreak, \uD83D\uDE00";
		SafetyCase safetyCase = new SafetyCase("P", "T", null, List.of(new ArgumentElement("G_P", ElementKind.GOAL, text, text, List.of(),
				List.of(), null, true, AssertionStatus.NEEDS_SUPPORT, null, null, null)));
		Resource resource = load(SacmWriter.write(safetyCase));
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		Claim claim = (Claim) ((XMLResource) resource).getEObject("G_P");
		assertEquals("<tag attr=\"x\"> & ]]> \uFFFD bell, \uFFFD, \uFFFD alone, line\nbreak, \uD83D\uDE00",
				claim.getContent().getValue().get(0).getContent());
	}

	@Test
	void writingTheSameCaseTwiceGivesTheSameBytes() {
		assertArrayEquals(SacmWriter.write(Cases.ofExamples(injector).get(SafetyCasesTest.S3)),
				SacmWriter.write(Cases.ofExamples(injector).get(SafetyCasesTest.S3)));
	}

	/** Loads XMI as another EMF tool would: through the registered packages, by their namespaces. */
	private static Resource load(byte[] xmi) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("sacm", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(BasePackage.eNS_URI, BasePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(CasePackage.eNS_URI, CasePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(ArgumentationPackage.eNS_URI, ArgumentationPackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createURI("case.sacm"));
		resource.load(new ByteArrayInputStream(xmi), Map.of());
		return resource;
	}
}
