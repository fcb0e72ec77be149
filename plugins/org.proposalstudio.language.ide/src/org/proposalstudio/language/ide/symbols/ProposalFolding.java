package org.proposalstudio.language.ide.symbols;

import java.util.List;

import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.proposalstudio.language.ide.Documents;

import com.google.inject.Inject;

/** What an editor can fold: the ide services' folding ranges that span more than one line (blocks, long comments). */
public class ProposalFolding {

	@Inject
	private IFoldingRangeProvider ranges;

	public List<ITextRegion> foldingRegions(XtextResource resource) {
		String text = Documents.textOf(resource);
		return ranges.getFoldingRanges(resource, CancelIndicator.NullImpl).stream()
				.filter(range -> text.substring(range.getOffset(), range.getOffset() + range.getLength()).strip().contains("\n"))
				.<ITextRegion>map(range -> new TextRegion(range.getOffset(), range.getLength())).toList();
	}
}
