package org.proposalstudio.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.proposalstudio.language.ide.hover.ProposalHover.HoverText;
import org.proposalstudio.ui.builder.ProposalMarkers;

/**
 * The hover of the text: on a problem, its message with the check's id; on a name, what the language's hover says of
 * its declaration (kind, name, documentation).
 */
final class ProposalTextHover implements ITextHover {

	private final ProposalEditor editor;

	ProposalTextHover(ProposalEditor editor) {
		this.editor = editor;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>(problemsAt((ISourceViewer) viewer, region.getOffset()));
		languageHoverAt(region.getOffset()).map(HoverText::text).ifPresent(parts::add);
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** The message, "[check-id] finding", of each problem marker whose text holds the offset. */
	static List<String> problemsAt(ISourceViewer viewer, int offset) {
		List<String> problems = new ArrayList<>();
		IAnnotationModel annotations = viewer.getAnnotationModel();
		if (annotations == null) {
			return problems;
		}
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && !annotation.isMarkedDeleted()) {
				Position position = annotations.getPosition(annotation);
				IMarker marker = annotation.getMarker();
				if (position != null && position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()
						&& marker.exists() && ProposalMarkers.TYPE.equals(typeOf(marker))) {
					problems.add(marker.getAttribute(IMarker.MESSAGE, ""));
				}
			}
		}
		return problems;
	}

	Optional<HoverText> languageHoverAt(int offset) {
		return editor.onText("The hover", resource -> editor.services().hover().hoverAt(resource, offset), Optional.empty());
	}

	private static String typeOf(IMarker marker) {
		try {
			return marker.getType();
		} catch (CoreException e) {
			return null;
		}
	}
}
