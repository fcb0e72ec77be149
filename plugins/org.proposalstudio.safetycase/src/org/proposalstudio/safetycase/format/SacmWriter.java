package org.proposalstudio.safetycase.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.proposalstudio.diagram.render.XmlText;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.ElementKind;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentAsset;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentPackage;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentReasoning;
import org.proposalstudio.safetycase.sacm.argumentation.ArgumentationFactory;
import org.proposalstudio.safetycase.sacm.argumentation.AssertedRelationship;
import org.proposalstudio.safetycase.sacm.argumentation.AssertionDeclaration;
import org.proposalstudio.safetycase.sacm.argumentation.Claim;
import org.proposalstudio.safetycase.sacm.assurancecase.AssuranceCasePackage;
import org.proposalstudio.safetycase.sacm.assurancecase.CaseFactory;
import org.proposalstudio.safetycase.sacm.base.BaseFactory;
import org.proposalstudio.safetycase.sacm.base.Description;
import org.proposalstudio.safetycase.sacm.base.LangString;
import org.proposalstudio.safetycase.sacm.base.ModelElement;
import org.proposalstudio.safetycase.sacm.base.MultiLangString;

/**
 * Writes a safety case as SACM 2.x XMI ({@code PROPOSAL.sacm}), through the EMF model of the SACM subset in
 * {@code model/}: an {@code AssuranceCasePackage} holding an {@code ArgumentPackage}. GSN's goals, assumptions,
 * justifications and counter goals become {@code Claim}s, its strategies {@code ArgumentReasoning}, its solutions and
 * contexts {@code ArtifactReference}s; supported-by becomes {@code AssertedInference} (with the strategy as its
 * reasoning) and {@code AssertedEvidence}, in-context-of {@code AssertedContext}, a challenge an
 * {@code AssertedInference} with {@code isCounter}. A claim's {@code assertionDeclaration} is {@code needsSupport} for
 * an undeveloped goal, {@code assumed} for an assumption, {@code defeated} where a challenge applies, and
 * {@code asserted} otherwise. Each element's {@code gid} and {@code xmi:id} is its stable id.
 */
public final class SacmWriter {

	private static final String LANGUAGE = "en";

	private final SafetyCase safetyCase;
	private final ArgumentPackage argument = ArgumentationFactory.eINSTANCE.createArgumentPackage();
	private final Map<String, ArgumentAsset> assets = new LinkedHashMap<>();
	private final List<AssertedRelationship> relationships = new ArrayList<>();

	private SacmWriter(SafetyCase safetyCase) {
		this.safetyCase = safetyCase;
	}

	public static String fileName(String proposal) {
		return proposal + ".sacm";
	}

	/** The case as an EMF model: the assurance case package, in no resource. */
	public static AssuranceCasePackage model(SafetyCase safetyCase) {
		return new SacmWriter(safetyCase).build();
	}

	/** The case as XMI. */
	public static byte[] write(SafetyCase safetyCase) {
		AssuranceCasePackage root = model(safetyCase);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI(fileName(safetyCase.proposal())));
		resource.getContents().add(root);
		root.eAllContents().forEachRemaining(object -> {
			if (object instanceof ModelElement element && element.getGid() != null) {
				resource.setID(object, element.getGid());
			}
		});
		resource.setID(root, root.getGid());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name(), XMLResource.OPTION_LINE_WIDTH, 120));
		} catch (IOException e) {
			throw new UncheckedIOException("writing XMI to memory failed", e);
		}
		return bytes.toByteArray();
	}

	private AssuranceCasePackage build() {
		AssuranceCasePackage root = CaseFactory.eINSTANCE.createAssuranceCasePackage();
		name(root, "case_" + safetyCase.proposal(), "Safety case: " + safetyCase.title());
		root.setDescription(description("The safety case of the proposal " + safetyCase.proposal()
				+ (safetyCase.base() != null ? ", which extends " + safetyCase.base() : "") + ", written by Proposal Studio."));
		name(argument, "argument_" + safetyCase.proposal(), safetyCase.proposal());
		root.getArgumentPackage().add(argument);
		for (ArgumentElement element : safetyCase.elements()) {
			assets.put(element.id(), asset(element));
		}
		argument.getArgumentationElement().addAll(assets.values());
		for (ArgumentElement element : safetyCase.elements()) {
			relate(element);
		}
		argument.getArgumentationElement().addAll(relationships);
		return root;
	}

	private ArgumentAsset asset(ArgumentElement element) {
		ArgumentAsset asset = switch (element.kind()) {
		case GOAL, COUNTER_GOAL, ASSUMPTION, JUSTIFICATION -> {
			Claim claim = ArgumentationFactory.eINSTANCE.createClaim();
			claim.setAssertionDeclaration(switch (element.status()) {
			case ASSERTED -> AssertionDeclaration.ASSERTED;
			case NEEDS_SUPPORT -> AssertionDeclaration.NEEDS_SUPPORT;
			case ASSUMED -> AssertionDeclaration.ASSUMED;
			case DEFEATED -> AssertionDeclaration.DEFEATED;
			});
			yield claim;
		}
		case STRATEGY -> ArgumentationFactory.eINSTANCE.createArgumentReasoning();
		case SOLUTION, CONTEXT -> ArgumentationFactory.eINSTANCE.createArtifactReference();
		};
		name(asset, element.id(), element.name());
		asset.setContent(text(element.text()));
		if (element.url() != null) {
			asset.setDescription(description("Read more at " + element.url()));
		}
		return asset;
	}

	/** The relationships that lead to an element: what supports it, its context, and a counter goal's challenge. */
	private void relate(ArgumentElement element) {
		if (element.kind() == ElementKind.STRATEGY) {
			return; // a strategy is the reasoning of the inference from the goals it supports
		}
		List<String> premises = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		for (String id : element.supportedBy()) {
			ArgumentElement supporter = safetyCase.element(id).orElseThrow();
			if (supporter.kind() == ElementKind.STRATEGY) {
				inference("AI_" + supporter.id(), goals(supporter.supportedBy()), element, assets.get(supporter.id()));
				evidenceFor("AE_" + supporter.id(), solutions(supporter.supportedBy()), element, assets.get(supporter.id()));
				context("AC_" + supporter.id(), supporter.inContextOf(), supporter);
			} else if (supporter.kind() == ElementKind.SOLUTION) {
				evidence.add(id);
			} else {
				premises.add(id);
			}
		}
		inference("AI_" + element.id(), premises, element, null);
		evidenceFor("AE_" + element.id(), evidence, element, null);
		context("AC_" + element.id(), element.inContextOf(), element);
		if (element.challenges() != null) {
			AssertedRelationship counter = relationship(ArgumentationFactory.eINSTANCE.createAssertedInference(), "AI_" + element.id(),
					element.name() + " challenges", List.of(element.id()), safetyCase.element(element.challenges()).orElseThrow());
			counter.setIsCounter(true);
		}
	}

	private void inference(String id, List<String> premises, ArgumentElement conclusion, ArgumentAsset reasoning) {
		if (!premises.isEmpty()) {
			AssertedRelationship inference = relationship(ArgumentationFactory.eINSTANCE.createAssertedInference(), id,
					conclusion.name() + ": supported by its sub-goals", premises, conclusion);
			inference.setReasoning((ArgumentReasoning) reasoning);
		}
	}

	private void evidenceFor(String id, List<String> solutions, ArgumentElement claim, ArgumentAsset reasoning) {
		if (!solutions.isEmpty()) {
			AssertedRelationship evidence = relationship(ArgumentationFactory.eINSTANCE.createAssertedEvidence(), id,
					claim.name() + ": evidence", solutions, claim);
			evidence.setReasoning((ArgumentReasoning) reasoning);
		}
	}

	private void context(String id, List<String> contexts, ArgumentElement element) {
		if (!contexts.isEmpty()) {
			relationship(ArgumentationFactory.eINSTANCE.createAssertedContext(), id, element.name() + ": context", contexts, element);
		}
	}

	private AssertedRelationship relationship(AssertedRelationship relationship, String id, String name, List<String> sources,
			ArgumentElement target) {
		name(relationship, id, name);
		relationship.setAssertionDeclaration(AssertionDeclaration.ASSERTED);
		sources.forEach(source -> relationship.getSource().add(assets.get(source)));
		relationship.setTarget(assets.get(target.id()));
		relationships.add(relationship);
		return relationship;
	}

	private List<String> goals(List<String> ids) {
		return ids.stream().filter(id -> safetyCase.element(id).orElseThrow().kind() != ElementKind.SOLUTION).toList();
	}

	private List<String> solutions(List<String> ids) {
		return ids.stream().filter(id -> safetyCase.element(id).orElseThrow().kind() == ElementKind.SOLUTION).toList();
	}

	private static void name(ModelElement element, String gid, String name) {
		element.setGid(gid);
		LangString langString = BaseFactory.eINSTANCE.createLangString();
		langString.setLang(LANGUAGE);
		langString.setContent(XmlText.replaceDisallowed(name));
		element.setName(langString);
	}

	private static MultiLangString text(String text) {
		LangString value = BaseFactory.eINSTANCE.createLangString();
		value.setLang(LANGUAGE);
		value.setContent(XmlText.replaceDisallowed(text));
		MultiLangString multi = BaseFactory.eINSTANCE.createMultiLangString();
		multi.getValue().add(value);
		return multi;
	}

	private static Description description(String text) {
		Description description = BaseFactory.eINSTANCE.createDescription();
		description.setContent(text(text));
		return description;
	}
}
