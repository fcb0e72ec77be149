package org.proposalstudio.language.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.TextChange;

import com.google.inject.Inject;

/**
 * Format a whole file with the language's formatter, through the ide {@link FormattingService}: tabs, as the examples
 * are written. A file that does not parse is left alone: its node model does not say where its text belongs.
 */
public class ProposalFormatting {

	private static final int TAB_SIZE = 4;

	@Inject
	private FormattingService formatting;

	public List<TextChange> format(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		Document document = Documents.of(resource);
		DocumentFormattingParams params = new DocumentFormattingParams(Documents.identifierOf(resource),
				new FormattingOptions(TAB_SIZE, false));
		return TextChange.of(document, formatting.format(document, resource, params, CancelIndicator.NullImpl));
	}
}
