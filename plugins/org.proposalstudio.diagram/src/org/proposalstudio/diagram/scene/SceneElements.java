package org.proposalstudio.diagram.scene;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Proposal;

/**
 * How nodes and edges name the model element they come from ({@link SceneNode#element()}, {@link SceneEdge#element()},
 * and the {@code data-element} of SVG groups), and back: {@code Proposal.name} for a named element,
 * {@code Proposal.flow3} for the third flow of a proposal, which has no name, and {@code Proposal} for the proposal
 * itself. The proposal named is the one that declares the element, so a reference leads to the author's text.
 */
public final class SceneElements {

	private static final String FLOW = "flow";

	private SceneElements() {
	}

	/** The reference of an element as written, or of the proposal itself. */
	public static String referenceOf(EObject element) {
		Proposal declaring = declaringProposal(element);
		if (element instanceof NamedElement named && !(element instanceof Proposal) && named.getName() != null) {
			return declaring.getName() + "." + named.getName();
		}
		if (element instanceof InformationFlow flow) {
			return declaring.getName() + "." + FLOW + (declaring.getFlows().indexOf(flow) + 1);
		}
		return declaring.getName();
	}

	/**
	 * The element as written that a reference names, among the elements {@code declaring} declares itself, or the
	 * proposal when the reference names nothing inside it.
	 *
	 * @param declaring the proposal the reference starts with
	 */
	public static Optional<EObject> resolve(Proposal declaring, String reference) {
		String prefix = declaring.getName() + ".";
		if (reference.equals(declaring.getName())) {
			return Optional.of(declaring);
		}
		if (!reference.startsWith(prefix)) {
			return Optional.empty();
		}
		String name = reference.substring(prefix.length());
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(declaring, true)) {
			// figures are never drawn, and may share a name with a participant or a mechanism
			if (element instanceof NamedElement named && !(element instanceof Figure) && name.equals(named.getName())) {
				return Optional.of(element);
			}
		}
		if (name.matches(FLOW + "[1-9][0-9]*")) {
			int index = Integer.parseInt(name.substring(FLOW.length())) - 1;
			if (index < declaring.getFlows().size()) {
				return Optional.of(declaring.getFlows().get(index));
			}
		}
		return Optional.empty();
	}

	/** The proposal that contains the element, or the element itself when it is a proposal. */
	public static Proposal declaringProposal(EObject element) {
		EObject current = element;
		while (current != null && !(current instanceof Proposal)) {
			current = current.eContainer();
		}
		if (current == null) {
			throw new IllegalArgumentException("not part of a proposal: " + element);
		}
		return (Proposal) current;
	}

	/** The name of the proposal a reference starts with. */
	public static String proposalOf(String reference) {
		int dot = reference.indexOf('.');
		return dot < 0 ? reference : reference.substring(0, dot);
	}
}
