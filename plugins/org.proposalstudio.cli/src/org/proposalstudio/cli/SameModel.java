package org.proposalstudio.cli;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Whether two models are equal as {@link EcoreUtil#equals(EObject, EObject)} says, with one difference: a reference
 * to another element is equal when it points at the same place of its own model, instead of when what it points at is
 * equal in turn. EMF's comparison follows references by recursion, so a chain of 12,000 proposals each extending the
 * one before overflowed the stack; here the depth of recursion is that of the containment tree.
 */
final class SameModel extends EcoreUtil.EqualityHelper {

	private static final long serialVersionUID = 1L;

	/** Each element of a model by its place in the model's containment tree, the same in two equal models. */
	private final Map<EObject, Integer> places = new IdentityHashMap<>();

	private SameModel(EObject left, EObject right) {
		number(left);
		number(right);
	}

	static boolean equal(EObject left, EObject right) {
		return new SameModel(left, right).equals(left, right);
	}

	private void number(EObject root) {
		int place = 0;
		places.put(root, place);
		for (TreeIterator<EObject> elements = root.eAllContents(); elements.hasNext();) {
			places.put(elements.next(), ++place);
		}
	}

	@Override
	protected boolean haveEqualReference(EObject left, EObject right, EReference reference) {
		if (reference.isContainment() || reference.isContainer()) {
			return super.haveEqualReference(left, right, reference);
		}
		Object leftValue = left.eGet(reference);
		Object rightValue = right.eGet(reference);
		if (!reference.isMany()) {
			return samePlace((EObject) leftValue, (EObject) rightValue);
		}
		List<?> leftTargets = (List<?>) leftValue;
		List<?> rightTargets = (List<?>) rightValue;
		if (leftTargets.size() != rightTargets.size()) {
			return false;
		}
		for (int i = 0; i < leftTargets.size(); i++) {
			if (!samePlace((EObject) leftTargets.get(i), (EObject) rightTargets.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Both nothing, both at the same place of their models, or both the same element outside them (another file's). */
	private boolean samePlace(EObject left, EObject right) {
		if (left == null || right == null) {
			return left == right;
		}
		Integer leftPlace = places.get(left);
		Integer rightPlace = places.get(right);
		if (leftPlace == null || rightPlace == null) {
			return leftPlace == rightPlace && EcoreUtil.getURI(left).equals(EcoreUtil.getURI(right));
		}
		return leftPlace.equals(rightPlace);
	}
}
