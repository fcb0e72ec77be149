package org.proposalstudio.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Quick fixes in the editor (Ctrl+1, or a click on a problem in the ruler): the marker resolutions of the problems on
 * the caret's line, the same ones the Problems view offers.
 */
final class ProposalQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted()
				&& LanguageServices.guarded("Looking for quick fixes",
						() -> IDE.getMarkerHelpRegistry().hasResolutions(marker.getMarker()), false);
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IMarker marker : markersOnLine(context)) {
			IMarkerResolution[] resolutions = LanguageServices.guarded("Computing quick fixes",
					() -> IDE.getMarkerHelpRegistry().getResolutions(marker), new IMarkerResolution[0]);
			for (IMarkerResolution resolution : resolutions) {
				proposals.add(new ResolutionProposal(resolution, marker));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static List<IMarker> markersOnLine(IQuickAssistInvocationContext context) {
		List<IMarker> markers = new ArrayList<>();
		IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
		IDocument document = context.getSourceViewer().getDocument();
		if (annotations == null) {
			return markers;
		}
		try {
			int line = document.getLineOfOffset(context.getOffset());
			for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation annotation && !annotation.isMarkedDeleted()) {
					Position position = annotations.getPosition(annotation);
					if (position != null && document.getLineOfOffset(position.getOffset()) == line) {
						markers.add(annotation.getMarker());
					}
				}
			}
		} catch (BadLocationException e) {
			// the caret is past the text: no line, no fixes
		}
		return markers;
	}

	private static final class ResolutionProposal implements ICompletionProposal {
		private final IMarkerResolution resolution;
		private final IMarker marker;

		ResolutionProposal(IMarkerResolution resolution, IMarker marker) {
			this.resolution = resolution;
			this.marker = marker;
		}

		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return resolution instanceof IMarkerResolution2 described ? described.getDescription() : null;
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return resolution instanceof IMarkerResolution2 described ? described.getImage() : null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
