package org.proposalstudio.language.ide.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.language.formatting2.ProposalTextFormatter;

import com.google.inject.Inject;

/**
 * Xtext's formatting service, which every editor's formatting goes through, with old Mac line ends handled as the
 * command line handles them ({@link ProposalTextFormatter}).
 */
public class ProposalFormattingService extends FormattingService {

	@Inject
	private ProposalTextFormatter textFormatter;

	@Override
	protected List<ITextReplacement> format2(XtextResource resource, ITextRegion selection, ITypedPreferenceValues preferences) {
		return textFormatter.replacements(resource, parsed -> super.format2(parsed, selection, preferences));
	}
}
