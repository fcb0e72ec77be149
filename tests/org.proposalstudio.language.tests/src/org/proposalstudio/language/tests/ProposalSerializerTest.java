package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** parse, serialize, parse again: the same model, for every example and for models built without any text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalSerializerTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ISerializer serializer;

	@Inject
	private Injector injector;

	static List<Path> examples() {
		return Stream.concat(Examples.faithful().stream(), Examples.flawed().stream()).toList();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleRoundTripsThroughTheSerializer(Path example) throws Exception {
		Map<String, Resource> project = Examples.loadAll(injector);
		Resource original = project.get(Examples.key(example));
		EcoreUtil.resolveAll(original.getResourceSet());
		assertEquals(List.of(), original.getErrors());
		String text = serializer.serialize(original.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
		Resource reparsed = reparse(original, text);
		assertEquals(List.of(), reparsed.getErrors(), text);
		assertTrue(EcoreUtil.equals(original.getContents().get(0), reparsed.getContents().get(0)),
				Examples.key(example) + " serialized to a different model:\n" + text);
	}

	@Test
	void aModelWithoutLayoutGetsTheStandardLayout() throws Exception {
		ProposalModel parsed = parseHelper.parse("""
				proposal X { human H model M amplified Amp(M) = H consulting M
				oversight o: Amp(M) oversees M continuously using transparency-tools checking per-step-myopia mitigating overfitting "held-out tools"
				inner alignment is uncertain section 4.2 cites 20 relies on o "the argument" }
				""");
		XtextResource withoutNodes = (XtextResource) parsed.eResource().getResourceSet()
				.createResource(URI.createURI("memory:/copy.proposal"));
		withoutNodes.getContents().add(EcoreUtil.copy(parsed));
		assertEquals("""
				proposal X {
					human H
					model M
					amplified Amp(M) = H consulting M
					oversight o: Amp(M) oversees M continuously
						using transparency-tools
						checking per-step-myopia
						mitigating overfitting "held-out tools"
					inner alignment is uncertain section 4.2 cites 20
						relies on o
						"the argument"
				}
				""", serializer.serialize(withoutNodes.getContents().get(0), SaveOptions.newBuilder().format().getOptions()));
	}

	@Test
	void keywordsUsedAsNamesAreEscapedOnlyWhereNeeded() throws Exception {
		ProposalModel parsed = parseHelper.parse("proposal P { model ^model reward model reward amplified Amp(^model) = ^human consulting ^model human ^human }");
		XtextResource withoutNodes = (XtextResource) parsed.eResource().getResourceSet()
				.createResource(URI.createURI("memory:/escapes.proposal"));
		withoutNodes.getContents().add(EcoreUtil.copy(parsed));
		assertEquals("""
				proposal P {
					model ^model
					reward model reward
					amplified Amp(^model) = ^human consulting ^model
					human ^human
				}
				""", serializer.serialize(withoutNodes.getContents().get(0), SaveOptions.newBuilder().format().getOptions()));
	}

	@Test
	void textKeepsItsApostrophesAndLineBreaks() throws Exception {
		ProposalModel parsed = parseHelper.parse("proposal P { model M \"M's \\\"view\\\"\n on two lines\" }");
		XtextResource withoutNodes = (XtextResource) parsed.eResource().getResourceSet()
				.createResource(URI.createURI("memory:/text.proposal"));
		withoutNodes.getContents().add(EcoreUtil.copy(parsed));
		String text = serializer.serialize(withoutNodes.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
		assertTrue(text.contains("\"M's \\\"view\\\"\n on two lines\""), text);
		assertEquals("M's \"view\"\n on two lines", parseHelper.parse(text).getProposals().get(0).getParticipants().get(0).getDescription());
	}

	private static Resource reparse(Resource original, String text) throws Exception {
		Resource copy = original.getResourceSet().createResource(URI.createURI("memory:/reparsed/" + original.getURI().lastSegment()));
		copy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(copy);
		return copy;
	}
}
