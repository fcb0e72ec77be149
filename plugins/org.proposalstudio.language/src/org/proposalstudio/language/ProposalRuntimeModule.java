package org.proposalstudio.language;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.proposalstudio.checks.ProposalIssueCodesProvider;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.language.conversion.ProposalValueConverters;
import org.proposalstudio.language.linking.ProposalLinkingDiagnosticMessageProvider;
import org.proposalstudio.language.naming.ProposalQualifiedNameProvider;
import org.proposalstudio.language.parser.ProposalElementFactory;
import org.proposalstudio.language.parser.ProposalSyntaxErrorMessageProvider;
import org.proposalstudio.language.parser.SizeLimitedProposalParser;
import org.proposalstudio.language.resource.ProposalResource;
import org.proposalstudio.language.serializer.ProposalCrossReferenceSerializer;
import org.proposalstudio.language.validation.ProposalDiagnosticConverter;
import org.proposalstudio.language.validation.ProposalDiagnostician;

import com.google.inject.Binder;
import com.google.inject.name.Names;


/** The language's runtime services that differ from Xtext's defaults. */
public class ProposalRuntimeModule extends AbstractProposalRuntimeModule {

	/** Check severities come from the project's proposals.properties. */
	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return ProposalsProperties.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return ProposalIssueCodesProvider.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return SizeLimitedProposalParser.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return ProposalResource.class;
	}

	@Override
	public Class<? extends IAstFactory> bindIAstFactory() {
		return ProposalElementFactory.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ProposalSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ProposalValueConverters.class;
	}

	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return ProposalDiagnostician.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return ProposalDiagnosticConverter.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return ProposalLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return ProposalQualifiedNameProvider.class;
	}

	public Class<? extends ICrossReferenceSerializer> bindICrossReferenceSerializer() {
		return ProposalCrossReferenceSerializer.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	/**
	 * EMF's intrinsic constraints only repeat, in EMF's words, what the grammar already enforces: on a file with a
	 * syntax error they report "The feature 'trains' ... with 0 values must have at least 1 values" beside the syntax
	 * error that explains it.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
