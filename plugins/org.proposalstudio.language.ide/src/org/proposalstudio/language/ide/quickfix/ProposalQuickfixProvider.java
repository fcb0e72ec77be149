package org.proposalstudio.language.ide.quickfix;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.NAMED_ELEMENT__DESCRIPTION;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.OVERSIGHT__CONDITIONS;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.proposalstudio.checks.Components;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.LimitKind;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Proposal;

/**
 * Quick fixes for the mechanical gaps the paper's checks find, keyed on the checks' ids (PaperCheck). Each fix
 * inserts text that parses, laid out as the formatter would, using what the check put in the issue data: the
 * missing component, the suggested limit or condition, the oversights an inner alignment argument can rely on. A fix
 * that does not apply where the diagnostic is (an inherited oversight, reported on 'extends') inserts nothing.
 */
public class ProposalQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix("missing-inner-alignment")
	public void addInnerAlignmentArgument(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add an inner alignment argument",
				(ITextModification) (diagnostic, element, document) -> addArgument(element, document,
						Component.INNER_ALIGNMENT, data(diagnostic).findFirst().orElse(null)));
	}

	@QuickFix("missing-component")
	public void addMissingArgument(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add the missing component argument",
				(ITextModification) (diagnostic, element, document) -> data(diagnostic).findFirst().map(Component::get)
						.map(component -> addArgument(element, document, component, null)).orElse(List.of()));
	}

	@QuickFix("missing-limit")
	public void declareLimit(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the theoretical limit",
				(ITextModification) (diagnostic, element, document) -> data(diagnostic).findFirst().map(LimitKind::get)
						.filter(kind -> element instanceof Proposal)
						.map(kind -> declareLimit((Proposal) element, document, kind)).orElse(List.of()));
	}

	@QuickFix("oversight-without-condition")
	public void checkCondition(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Check a condition that rules out deception",
				(ITextModification) (diagnostic, element, document) -> data(diagnostic).skip(1).findFirst()
						.filter(condition -> element instanceof Oversight)
						.map(condition -> addCondition((Oversight) element, document, condition)).orElse(List.of()));
	}

	@QuickFix("oversight-overfitting")
	public void mitigateOverfitting(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("State a mitigation against overfitting the oversight signal",
				(ITextModification) (diagnostic, element, document) -> element instanceof Oversight oversight
						? addClause(oversight, document,
								"mitigating overfitting \"Say how models that merely pass oversight are kept from being selected.\"",
								false)
						: List.of());
	}

	// ------------------------------------------------------------------ the edits

	/**
	 * The argument goes after the proposal's last argument, or after its last member and a blank line, or first in
	 * its block; its text is the question the paper asks of the component, for the author to answer.
	 */
	private static List<TextEdit> addArgument(EObject element, Document document, Component component, String reliedOn) {
		if (!(element instanceof Proposal proposal)) {
			return List.of();
		}
		String indent = memberIndentation(proposal, document);
		Optional<INode> lastArgument = last(proposal.getArguments().stream());
		Optional<INode> lastMember = last(proposal.eContents().stream());
		String separator = lastArgument.isPresent() || lastMember.isEmpty() ? "\n" : "\n\n";
		int anchor = lastArgument.or(() -> lastMember).map(INode::getEndOffset).orElseGet(() -> openingBrace(proposal));
		String question = Components.question(component);
		String argument = Components.title(component) + " is uncertain" + (reliedOn == null ? "" : " relies on " + reliedOn)
				+ "\n" + indent + "\t\"" + Character.toUpperCase(question.charAt(0)) + question.substring(1) + "\"";
		return insert(document, anchor, separator + indent + argument);
	}

	/** The limit goes with the mechanisms: after the last member that is not an argument or a figure. */
	private static List<TextEdit> declareLimit(Proposal proposal, Document document, LimitKind kind) {
		int anchor = last(proposal.eContents().stream()
				.filter(member -> !(member instanceof ComponentArgument) && !(member instanceof Figure)))
				.map(INode::getEndOffset).orElseGet(() -> openingBrace(proposal));
		String of = kind == LimitKind.HCH || kind == LimitKind.APPROVAL_TREE
				? Inheritance.of(proposal).participants().stream().filter(AmplifiedModel.class::isInstance).findFirst()
						.map(amplified -> " of " + amplified.getName()).orElse("")
				: "";
		return insert(document, anchor, "\n" + memberIndentation(proposal, document) + "limit " + nameOf(kind) + ": "
				+ kind.getLiteral() + of);
	}

	/** A condition joins those the oversight checks already, or starts its {@code checking} clause. */
	private static List<TextEdit> addCondition(Oversight oversight, Document document, String condition) {
		List<INode> checked = NodeModelUtils.findNodesForFeature(oversight, OVERSIGHT__CONDITIONS);
		return checked.isEmpty() ? addClause(oversight, document, "checking " + condition, true)
				: insert(document, checked.get(checked.size() - 1).getEndOffset(), ", " + condition);
	}

	/**
	 * A clause of an oversight on a continuation line of its own, where the grammar wants it: a condition before the
	 * mitigations and the description, a mitigation before the description.
	 */
	private static List<TextEdit> addClause(Oversight oversight, Document document, String clause, boolean beforeMitigations) {
		ICompositeNode node = NodeModelUtils.getNode(oversight);
		int limit = node.getEndOffset();
		if (beforeMitigations && !oversight.getMitigations().isEmpty()) {
			limit = NodeModelUtils.getNode(oversight.getMitigations().get(0)).getOffset();
		}
		for (INode description : NodeModelUtils.findNodesForFeature(oversight, NAMED_ELEMENT__DESCRIPTION)) {
			limit = Math.min(limit, description.getOffset());
		}
		int anchor = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getEndOffset() <= limit) {
				anchor = leaf.getEndOffset();
			}
		}
		return insert(document, anchor, "\n" + indentationAt(document, node.getOffset()) + "\t" + clause);
	}

	// ------------------------------------------------------------------ where things are

	private static Stream<String> data(Diagnostic diagnostic) {
		return diagnostic.getData() instanceof String[] data ? Arrays.stream(data) : Stream.empty();
	}

	private static List<TextEdit> insert(Document document, int offset, String text) {
		Position position = document.getPosition(offset);
		return List.of(new TextEdit(new Range(position, position), text));
	}

	private static Optional<INode> last(Stream<? extends EObject> elements) {
		return elements.map(NodeModelUtils::getNode).filter(node -> node != null).map(INode.class::cast)
				.max(Comparator.comparingInt(INode::getEndOffset));
	}

	private static int openingBrace(Proposal proposal) {
		for (ILeafNode leaf : NodeModelUtils.getNode(proposal).getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals("{")) {
				return leaf.getEndOffset();
			}
		}
		return NodeModelUtils.getNode(proposal).getEndOffset();
	}

	/** The indentation of the proposal's members as written, or one tab deeper than the proposal. */
	private static String memberIndentation(Proposal proposal, Document document) {
		Optional<INode> first = proposal.eContents().stream().map(NodeModelUtils::getNode).filter(node -> node != null)
				.map(INode.class::cast).min(Comparator.comparingInt(INode::getOffset));
		return first.map(node -> indentationAt(document, node.getOffset()))
				.orElseGet(() -> indentationAt(document, NodeModelUtils.getNode(proposal).getOffset()) + "\t");
	}

	private static String indentationAt(Document document, int offset) {
		String text = document.getContents();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	/** A limit's name from its kind: {@code approval-tree} is {@code approvalTree}, {@code HCH} is {@code hch}. */
	private static String nameOf(LimitKind kind) {
		String[] words = kind.getLiteral().split("-");
		StringBuilder name = new StringBuilder(words[0].toLowerCase());
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}
}
