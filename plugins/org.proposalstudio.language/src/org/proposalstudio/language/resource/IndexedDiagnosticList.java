package org.proposalstudio.language.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.NotifyingListImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A resource's errors or warnings, as EMF keeps them, that also know which diagnostics they hold: {@code contains} of
 * a diagnostic is a lookup, and so is {@code indexOf} of one they do not hold. Xtext asks both for each unresolved name
 * it reports and for each name it resolves, and scanning the list each time made linking a file quadratic in its
 * number of unresolved names (20,000 took 48 s).
 */
final class IndexedDiagnosticList extends NotifyingListImpl<Diagnostic> {

	private static final long serialVersionUID = 1L;

	private final ResourceImpl resource;
	private final int featureID;
	/** How many times each diagnostic is in the list (equal diagnostics may be added twice). */
	private final Map<Object, Integer> counts = new HashMap<>();

	/** The list of {@code resource}'s feature {@code featureID}: {@link Resource#RESOURCE__ERRORS} or its warnings. */
	IndexedDiagnosticList(ResourceImpl resource, int featureID) {
		this.resource = resource;
		this.featureID = featureID;
	}

	@Override
	public boolean contains(Object object) {
		return counts.containsKey(object);
	}

	@Override
	public int indexOf(Object object) {
		return counts.containsKey(object) ? super.indexOf(object) : -1;
	}

	@Override
	public int lastIndexOf(Object object) {
		return counts.containsKey(object) ? super.lastIndexOf(object) : -1;
	}

	@Override
	protected void didAdd(int index, Diagnostic diagnostic) {
		counts.merge(diagnostic, 1, Integer::sum);
	}

	@Override
	protected void didRemove(int index, Diagnostic diagnostic) {
		counts.computeIfPresent(diagnostic, (same, count) -> count == 1 ? null : count - 1);
	}

	@Override
	protected void didSet(int index, Diagnostic newDiagnostic, Diagnostic oldDiagnostic) {
		didRemove(index, oldDiagnostic);
		didAdd(index, newDiagnostic);
	}

	@Override
	protected void didClear(int size, Object[] oldData) {
		counts.clear();
	}

	@Override
	public void setData(int size, Object[] data) {
		super.setData(size, data);
		counts.clear();
		for (int i = 0; i < size; i++) {
			counts.merge(data[i], 1, Integer::sum);
		}
	}

	@Override
	protected boolean isNotificationRequired() {
		return resource.eNotificationRequired();
	}

	@Override
	public Object getNotifier() {
		return resource;
	}

	@Override
	public int getFeatureID() {
		return featureID;
	}
}
