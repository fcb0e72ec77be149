package org.proposalstudio.ui.editor;

import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.util.ITextRegion;

/** Ctrl+click on a name goes to its declaration, as F3 does. */
final class ProposalHyperlinkDetector extends AbstractHyperlinkDetector {

	private final ProposalEditor editor;

	ProposalHyperlinkDetector(ProposalEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		Optional<ITextRegion> reference = editor.onText("Finding a link",
				resource -> editor.services().navigation().referenceAt(resource, region.getOffset()), Optional.empty());
		return reference.map(found -> new IHyperlink[] { new DeclarationLink(new Region(found.getOffset(), found.getLength())) })
				.orElse(null);
	}

	private final class DeclarationLink implements IHyperlink {
		private final IRegion region;

		DeclarationLink(IRegion region) {
			this.region = region;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			editor.openDeclarationAt(region.getOffset());
		}
	}
}
