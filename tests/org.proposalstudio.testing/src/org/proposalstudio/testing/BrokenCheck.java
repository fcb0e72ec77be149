package org.proposalstudio.testing;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.proposalstudio.language.ProposalStandaloneSetup;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalPackage;

/**
 * A check with a bug: it throws on every proposal. Added to the language's validator for a test (try with resources)
 * and removed after it, to show what a real bug in a check would do to the command line and the editor.
 */
public final class BrokenCheck implements AutoCloseable, EValidator {

	/** What the check throws; a test finds it in the messages. */
	public static final String FAILURE = "broken on purpose";

	private final CompositeEValidator validator;

	private BrokenCheck(CompositeEValidator validator) {
		this.validator = validator;
		validator.addValidator(this);
	}

	/** Adds the broken check to the language's validator, registering the language first if no injector has yet. */
	public static BrokenCheck install() {
		if (EValidator.Registry.INSTANCE.getEValidator(ProposalPackage.eINSTANCE) == null) {
			ProposalStandaloneSetup.doSetup();
		}
		return new BrokenCheck((CompositeEValidator) EValidator.Registry.INSTANCE.getEValidator(ProposalPackage.eINSTANCE));
	}

	@Override
	public void close() {
		validator.getContents().removeIf(contained -> contained.getDelegate() == this);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass type, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object instanceof Proposal) {
			throw new IllegalStateException(FAILURE);
		}
		return true;
	}

	@Override
	public boolean validate(EDataType type, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
