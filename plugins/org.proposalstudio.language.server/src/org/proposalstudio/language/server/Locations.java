package org.proposalstudio.language.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.TextPositions;

import com.google.inject.Inject;

/**
 * Where an element is written, as a protocol location, through the language's own services for locations in the
 * text: its name, or all of its declaration.
 */
public class Locations {

	@Inject
	private UriExtensions uris;

	/** Where the element's name is written, or the element itself when it has none. */
	public Optional<Location> nameOf(EObject element) {
		return locate(element, false, new HashMap<>());
	}

	/**
	 * All of the text of each element asked for: for many elements at once, the table of line starts of each file is
	 * made once.
	 */
	public Function<EObject, Optional<Location>> declarations() {
		Map<XtextResource, TextPositions> positions = new HashMap<>();
		return element -> locate(element, true, positions);
	}

	private Optional<Location> locate(EObject element, boolean full, Map<XtextResource, TextPositions> positions) {
		if (element == null || !(element.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILocationInFileProvider provider = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		ITextRegion region = full ? provider.getFullTextRegion(element) : provider.getSignificantTextRegion(element);
		if (region == null || region == ITextRegion.EMPTY_REGION) {
			return Optional.empty();
		}
		TextPositions text = positions.computeIfAbsent(resource, unread -> new TextPositions(Documents.textOf(unread)));
		Range range = new Range(text.positionOf(region.getOffset()), text.positionOf(region.getOffset() + region.getLength()));
		return Optional.of(new Location(uris.toUriString(resource.getURI()), range));
	}
}
