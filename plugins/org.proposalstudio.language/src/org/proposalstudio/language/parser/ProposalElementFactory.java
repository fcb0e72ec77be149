package org.proposalstudio.language.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;
import org.proposalstudio.model.proposal.NamedElement;

/**
 * Builds the model as the parser reads it, and refuses a second limit or deployment in a proposal: the grammar's loop
 * over a proposal's declarations would let the second silently replace the first, leaving text that belongs to no
 * element of the model (which formatting and export then trip over). The refusal is a syntax error on the second,
 * and the first stays.
 */
public class ProposalElementFactory extends DefaultEcoreElementFactory {

	@Override
	public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
		EStructuralFeature structural = object.eClass().getEStructuralFeature(feature);
		if (structural instanceof EReference part && part.isContainment() && !part.isMany() && object.eIsSet(part)) {
			String owner = object instanceof NamedElement named && named.getName() != null ? "'" + named.getName() + "'" : "this";
			throw new ValueConverterException("Proposal " + owner + " already has a " + feature + ", and a proposal has one: remove "
					+ "this one or the first", node, null);
		}
		super.set(object, feature, value, ruleName, node);
	}
}
