package org.proposalstudio.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.proposalstudio.examples.Examples;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.ui.ProposalUiPlugin;

import com.google.inject.Injector;

/**
 * The templates of the New Proposal wizard: the skeleton, then the paper's proposals in the paper's order. They are
 * parsed together, as one project, so that what each extends resolves to the example that declares it.
 */
public final class ProposalTemplates {

	private static final String SKELETON = "templates/empty.proposal";
	private static final String SKELETON_LABEL = "Empty proposal";

	private ProposalTemplates() {
	}

	/** Every template that could be read; one that could not is logged and left out. */
	public static List<ProposalTemplate> load(Injector injector) {
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		Map<XtextResource, String> examplePaths = new LinkedHashMap<>();
		XtextResource skeleton = load(resources, "template:/" + SKELETON,
				() -> ProposalUiPlugin.get().getBundle().getEntry(SKELETON).openStream());
		for (String path : Examples.paperProposals()) {
			XtextResource example = load(resources, "example:/" + path, () -> Examples.open(path));
			if (example != null) {
				examplePaths.put(example, path);
			}
		}
		IValueConverterService converter = injector.getInstance(IValueConverterService.class);
		List<ProposalTemplate> templates = new ArrayList<>();
		if (skeleton != null) {
			templates.add(template(skeleton, SKELETON_LABEL, true, examplePaths, converter));
		}
		examplePaths.keySet().forEach(example -> templates.add(template(example, null, false, examplePaths, converter)));
		return templates;
	}

	private interface Content {
		InputStream open() throws IOException;
	}

	private static XtextResource load(XtextResourceSet resources, String uri, Content content) {
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI(uri));
		try (InputStream in = content.open()) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			return resource;
		} catch (IOException e) {
			ProposalUiPlugin.log("Could not read the proposal template " + uri, e);
			resources.getResources().remove(resource);
			return null;
		}
	}

	private static ProposalTemplate template(XtextResource resource, String label, boolean skeleton,
			Map<XtextResource, String> examplePaths, IValueConverterService converter) {
		Proposal proposal = ((ProposalModel) resource.getContents().get(0)).getProposals().get(0);
		List<ProposalTemplate.Ancestor> ancestors = Inheritance.lineage(proposal).stream().skip(1)
				.map(ancestor -> new ProposalTemplate.Ancestor(ancestor.getName(), examplePaths.get(ancestor.eResource()))).toList();
		String text = resource.getParseResult().getRootNode().getText();
		return new ProposalTemplate(label != null ? label : "§" + proposal.getSection() + " " + proposal.getTitle(),
				leadingComment(resource), text, node(proposal, ProposalPackage.Literals.NAMED_ELEMENT__NAME),
				node(proposal, ProposalPackage.Literals.PROPOSAL__TITLE), skeleton, ancestors, converter);
	}

	private static INode node(Proposal proposal, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(proposal, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The line comments before the first proposal, joined into one paragraph. */
	private static String leadingComment(Resource resource) {
		StringBuilder comment = new StringBuilder();
		for (ILeafNode leaf : ((XtextResource) resource).getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				break;
			}
			if (leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().equals("SL_COMMENT")) {
				comment.append(comment.length() == 0 ? "" : " ").append(leaf.getText().replaceFirst("^//\\s*", "").strip());
			}
		}
		return comment.toString();
	}
}
