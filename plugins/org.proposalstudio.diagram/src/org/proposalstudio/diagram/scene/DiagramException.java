package org.proposalstudio.diagram.scene;

import org.eclipse.emf.ecore.EObject;

/** A figure that cannot be drawn from its model, with the element as written that the author has to change. */
public class DiagramException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient EObject element;

	public DiagramException(String message, EObject element) {
		super(message);
		this.element = element;
	}

	/** The element as written, in its resource, or {@code null} when the problem is not in the model. */
	public EObject element() {
		return element;
	}
}
