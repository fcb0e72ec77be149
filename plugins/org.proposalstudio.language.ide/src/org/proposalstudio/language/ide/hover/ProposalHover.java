package org.proposalstudio.language.ide.hover;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.language.ide.Documents;

import com.google.inject.Inject;

/** The hover of the ide services, at an offset of a parsed resource. */
public class ProposalHover {

	/** What to show, and the region of the text it is about. */
	public record HoverText(String text, ITextRegion region) {
	}

	@Inject
	private IHoverService hoverService;

	public Optional<HoverText> hoverAt(XtextResource resource, int offset) {
		Document document = Documents.of(resource);
		if (offset < 0 || offset > document.getContents().length()) {
			return Optional.empty();
		}
		Hover hover = hoverService.hover(document, resource,
				new HoverParams(Documents.identifierOf(resource), document.getPosition(offset)), CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()
				|| hover.getContents().getRight().getValue().isEmpty() || hover.getRange() == null) {
			return Optional.empty();
		}
		return Optional.of(new HoverText(hover.getContents().getRight().getValue(), document.getTextRegion(hover.getRange())));
	}
}
