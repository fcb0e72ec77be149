package org.proposalstudio.language.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.proposalstudio.language.services.ProposalGrammarAccess;
import org.proposalstudio.model.proposal.NamedElement;

import com.google.inject.Inject;

/**
 * The documentation of a declaration: the comment written just above it, then its description, the text the author
 * gave it in quotes.
 */
public class ProposalDocumentation implements IEObjectDocumentationProvider {

	@Inject
	private ProposalGrammarAccess grammar;

	@Override
	public String getDocumentation(EObject element) {
		List<String> parts = new ArrayList<>();
		String comment = commentAbove(element);
		if (!comment.isEmpty()) {
			parts.add(comment);
		}
		if (element instanceof NamedElement named && named.getDescription() != null && !named.getDescription().isBlank()) {
			parts.add(named.getDescription());
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** The comments among the hidden tokens that lead the element's text, without their comment marks. */
	private String commentAbove(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				break;
			}
			if (leaf.getGrammarElement() instanceof TerminalRule rule) {
				if (rule == grammar.getSL_COMMENTRule()) {
					lines.add(leaf.getText().strip().replaceFirst("^//\\s?", ""));
				} else if (rule == grammar.getML_COMMENTRule()) {
					leaf.getText().replaceFirst("^/\\*+", "").replaceFirst("\\*/$", "").lines()
							.map(line -> line.strip().replaceFirst("^\\*\\s?", "")).filter(line -> !line.isEmpty())
							.forEach(lines::add);
				}
			}
		}
		return String.join("\n", lines);
	}
}
