package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What the language binds so that the work of reading and checking a file is done once: nothing a build (the
 * language server's, on every change) or a resource repeats for itself.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalRuntimeModuleTest {

	@Inject
	private Injector injector;

	@Test
	void aBuildDoesNotValidateAFileAgainToDecideWhetherToGenerate() {
		Resource withoutErrors = Examples.loadAll(injector).get("s03-imitative-amplification-intermittent-oversight.proposal");
		assertFalse(injector.getInstance(IResourceValidator.class).validate(withoutErrors, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR));
		// Xtext's default answers this by validating the file a second time, and says yes for a file without errors
		assertFalse(injector.getInstance(IShouldGenerate.class).shouldGenerate(withoutErrors, CancelIndicator.NullImpl));
	}

	@Test
	void theDiagnosticianFindsTheChecksFindingsAndCanBeCanceled() {
		Resource flawed = Examples.loadAll(injector).get(Examples.key(Examples.flawed().get(0)));
		Diagnostician diagnostician = injector.getInstance(Diagnostician.class);
		Diagnostic findings = diagnostician.validate(flawed.getContents().get(0), Map.of());
		assertFalse(findings.getChildren().isEmpty(), findings::toString);
		// the language server cancels a validation that an edit made obsolete
		Map<Object, Object> canceled = Map.of(CancelableDiagnostician.CANCEL_INDICATOR, (CancelIndicator) () -> true);
		assertThrows(OperationCanceledError.class, () -> diagnostician.validate(flawed.getContents().get(0), canceled));
	}

	@Test
	void everyResourceSharesTheValueConvertersWorkedOutFromTheGrammar() {
		assertSame(injector.getInstance(IValueConverterService.class), injector.getInstance(IValueConverterService.class));
		// the parser's element factory is made anew for each resource, and reads values through them
		IAstFactory factory = injector.getInstance(IAstFactory.class);
		assertSame(injector.getInstance(IValueConverterService.class), ((DefaultEcoreElementFactory) factory).getConverterService());
	}
}
