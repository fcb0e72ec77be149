package org.proposalstudio.language.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.Strings;
import org.proposalstudio.model.proposal.NamedElement;

import com.google.inject.Inject;

/**
 * The names Xtext's default provider gives, a proposal's elements qualified by the proposal ({@code P.H}), read
 * straight from the model. The default caches each element's name twice, in the resource and in a process-wide map
 * keyed by element (with an adapter on each): for a file of 50,000 proposals that was 500,000 entries to fill, grow
 * and collect, for names that take a field read and a split to compute.
 */
public class ProposalQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (!(element instanceof NamedElement named) || Strings.isEmpty(named.getName())) {
			return null;
		}
		QualifiedName name = converter.toQualifiedName(named.getName());
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			QualifiedName containerName = getFullyQualifiedName(container);
			if (containerName != null) {
				return containerName.append(name);
			}
		}
		return name;
	}
}
