package org.proposalstudio.safetycase.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.ElementKind;
import org.proposalstudio.safetycase.Objection;
import org.proposalstudio.safetycase.Objections;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.SafetyCases;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProjectFiles;

import com.google.inject.Injector;

/**
 * Safety cases of proposals loaded and validated as the command line does: the findings of the checks, with the
 * severities of the project's proposals.properties, become their challenges.
 */
final class Cases {

	private Cases() {
	}

	/** The safety case of every example, faithful and flawed, by proposal name, in the order of the files. */
	static Map<String, SafetyCase> ofExamples(Injector injector) {
		return of(Examples.loadAll(injector).values());
	}

	/**
	 * Writes the files (name to text, proposals.properties included) into {@code folder}, loads the proposal files
	 * together, and builds the safety case of each proposal.
	 */
	static Map<String, SafetyCase> ofTexts(Injector injector, Path folder, Map<String, String> texts) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		ProjectFiles.write(folder, texts).forEach((name, file) -> {
			if (name.endsWith(".proposal")) {
				resources.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
			}
		});
		return of(resources);
	}

	/** The safety case of the only proposal of a file written to {@code folder}. */
	static SafetyCase ofText(Injector injector, Path folder, String text) {
		Map<String, SafetyCase> cases = ofTexts(injector, folder, Map.of("only.proposal", text));
		if (cases.size() != 1) {
			throw new AssertionError("expected one proposal, not " + cases.keySet());
		}
		return cases.values().iterator().next();
	}

	/** The safety case of every proposal in the resources, which must have no syntax or linking errors. */
	static Map<String, SafetyCase> of(Collection<Resource> resources) {
		Map<String, SafetyCase> cases = new LinkedHashMap<>();
		for (Resource resource : resources) {
			EcoreUtil.resolveAll(resource);
			if (!resource.getErrors().isEmpty()) {
				throw new AssertionError(resource.getURI() + " has errors: " + resource.getErrors());
			}
			List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, CancelIndicator.NullImpl);
			Map<Proposal, List<Objection>> objections = Objections.byProposal(resource, issues);
			for (Proposal proposal : ((ProposalModel) resource.getContents().get(0)).getProposals()) {
				cases.put(proposal.getName(), SafetyCases.of(EffectiveProposal.of(proposal), objections.getOrDefault(proposal, List.of())));
			}
		}
		return cases;
	}

	/** The element whose id ends with {@code suffix}, e.g. {@code _inner-alignment}: there must be exactly one. */
	static ArgumentElement element(SafetyCase safetyCase, String suffix) {
		List<ArgumentElement> found = safetyCase.elements().stream().filter(element -> element.id().endsWith(suffix)).toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one element ending in " + suffix + " in " + safetyCase.proposal() + ", found "
					+ found.stream().map(ArgumentElement::id).toList());
		}
		return found.get(0);
	}

	/** The counter goals raised by the check. */
	static List<ArgumentElement> challengesBy(SafetyCase safetyCase, String check) {
		return safetyCase.elements().stream()
				.filter(element -> element.kind() == ElementKind.COUNTER_GOAL && element.objection().check().id().equals(check)).toList();
	}
}
