package org.proposalstudio.language.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, whose diagnostic that gathers a validation's findings has no message. EMF words one ("Diagnosis
 * of ...", with a label of the model) from its resource bundle, which a cold start loads for that alone, and nothing
 * reads it: Xtext reports the findings the diagnostic holds, and none when it holds none.
 */
public class ProposalDiagnostician extends CancelableDiagnostician {

	@Inject
	public ProposalDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public BasicDiagnostic createDefaultDiagnostic(EObject object) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, "", new Object[] { object });
	}
}
