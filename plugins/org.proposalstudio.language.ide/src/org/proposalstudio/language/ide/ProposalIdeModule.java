package org.proposalstudio.language.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.bracketmatching.DefaultBracePairProvider;
import org.eclipse.xtext.ide.editor.bracketmatching.IBracePairProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.proposalstudio.language.ide.contentassist.ProposalContentProposalProvider;
import org.proposalstudio.language.ide.formatting.ProposalFormattingService;
import org.proposalstudio.language.ide.highlighting.ProposalSemanticHighlightingCalculator;
import org.proposalstudio.language.ide.hover.ProposalDocumentation;
import org.proposalstudio.language.ide.hover.ProposalHoverService;
import org.proposalstudio.language.ide.quickfix.ProposalQuickfixProvider;
import org.proposalstudio.language.ide.symbols.ProposalSymbolNames;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * The language's ide services, for any editor that runs them in process: highlighting, content assist with
 * templates, hover, quick fixes, document symbols, formatting. None of them depends on a UI.
 */
public class ProposalIdeModule extends AbstractProposalIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ProposalSemanticHighlightingCalculator.class;
	}

	/** Lexical highlighting reads token names from the runtime parser's token file. */
	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}

	public Class<? extends AbstractAntlrTokenToAttributeIdMapper> bindAbstractAntlrTokenToAttributeIdMapper() {
		return DefaultAntlrTokenToAttributeIdMapper.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ProposalContentProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return ProposalHoverService.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return ProposalDocumentation.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return ProposalQuickfixProvider.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return ProposalSymbolNames.Names.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return ProposalSymbolNames.Details.class;
	}

	public Class<? extends IBracePairProvider> bindIBracePairProvider() {
		return DefaultBracePairProvider.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return ProposalFormattingService.class;
	}
}
