package org.proposalstudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Folding of blocks: after each reconcile, the language's folding ranges become projection annotations on whole
 * lines. A range that is still there keeps its annotation, and so stays folded if the author folded it.
 */
final class Folding {

	private Folding() {
	}

	static void install(ProposalEditor editor, ProjectionViewer viewer) {
		editor.followModel("Folding", resource -> editor.services().folding().foldingRegions(resource),
				regions -> update(viewer, regions));
	}

	private static void update(ProjectionViewer viewer, List<ITextRegion> regions) {
		ProjectionAnnotationModel annotations = viewer.getProjectionAnnotationModel();
		IDocument document = viewer.getDocument();
		if (annotations == null || document == null) {
			return;
		}
		Set<Position> wanted = new HashSet<>();
		for (ITextRegion region : regions) {
			try {
				int first = document.getLineOfOffset(region.getOffset());
				int last = document.getLineOfOffset(region.getOffset() + region.getLength());
				if (last > first) {
					int start = document.getLineOffset(first);
					wanted.add(new Position(start, document.getLineOffset(last) + document.getLineLength(last) - start));
				}
			} catch (BadLocationException e) {
				// a range of an older text; the next reconcile brings the right one
			}
		}
		Map<Position, Annotation> existing = new HashMap<>();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			existing.put(annotations.getPosition(annotation), annotation);
		}
		List<Annotation> removed = new ArrayList<>();
		existing.forEach((position, annotation) -> {
			if (!wanted.contains(position)) {
				removed.add(annotation);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		wanted.stream().filter(position -> !existing.containsKey(position))
				.forEach(position -> added.put(new ProjectionAnnotation(), position));
		annotations.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
	}
}
