package org.proposalstudio.diff.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.proposalstudio.diff.ElementChange;
import org.proposalstudio.diff.PropertyChange;
import org.proposalstudio.diff.ProposalComparison;
import org.proposalstudio.diff.ProposalDiff;
import org.proposalstudio.diff.Side;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.testing.Examples;

import com.google.inject.Injector;

/** Comparisons of proposals the tests write, and the lookups the tests make in them. */
final class Comparisons {

	private Comparisons() {
	}

	/** Compares proposals {@code older} and {@code newer} of one parsed text, with their diagnostics. */
	static ProposalComparison of(ParseHelper<ProposalModel> parser, String text, String older, String newer) {
		try {
			ProposalModel model = parser.parse(text);
			return compare(model.eResource(), older, model.eResource(), newer);
		} catch (Exception e) {
			throw new AssertionError("cannot parse\n" + text, e);
		}
	}

	/** §3 of the paper against §4, with everything each inherits. */
	static ProposalComparison paperSections(Injector injector) {
		Map<String, Resource> examples = Examples.loadAll(injector);
		return compare(examples.get("s03-imitative-amplification-intermittent-oversight.proposal"), "ImitativeAmplificationIntermittentOversight",
				examples.get("s04-imitative-amplification-relaxed-adversarial-training.proposal"),
				"ImitativeAmplificationRelaxedAdversarialTraining");
	}

	static ProposalComparison compare(Resource olderResource, String older, Resource newerResource, String newer) {
		return ProposalDiff.compare(side(olderResource, older), side(newerResource, newer));
	}

	private static Side side(Resource resource, String name) {
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError("errors in " + resource.getURI() + ": " + resource.getErrors());
		}
		XtextResource xtext = (XtextResource) resource;
		String file = resource.getURI().lastSegment();
		List<Diagnostic> diagnostics = xtext.getResourceServiceProvider().getResourceValidator()
				.validate(xtext, CheckMode.ALL, CancelIndicator.NullImpl).stream().map(issue -> Diagnostic.of(file, issue)).toList();
		return Side.of(file + "#" + name, Examples.proposal(resource, name), diagnostics);
	}

	/** The change of the element of {@code family} that the new proposal calls {@code name} (or the old one, if gone). */
	static ElementChange change(ProposalComparison comparison, String family, String name) {
		return comparison.changes().stream().filter(change -> change.family().equals(family)
				&& (name.equals(change.newName()) || change.newName() == null && name.equals(change.oldName()))).findFirst()
				.orElseThrow(() -> new AssertionError("no change of " + family + " " + name + " in " + comparison.changes()));
	}

	static PropertyChange property(ElementChange change, String property) {
		return change.properties().stream().filter(candidate -> candidate.property().equals(property)).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + property + " in " + change));
	}

	/** "family name kind" for each change, to compare a comparison's whole list at once. */
	static List<String> summary(ProposalComparison comparison) {
		return comparison.changes().stream().map(change -> change.family() + " " + change.title() + " " + change.kind()).toList();
	}
}
