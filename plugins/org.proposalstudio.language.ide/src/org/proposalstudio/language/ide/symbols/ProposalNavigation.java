package org.proposalstudio.language.ide.symbols;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.proposalstudio.language.ide.Documents;

import com.google.inject.Inject;

/**
 * Go to declaration: where the name at an offset is declared, in this file or another file of the resource set (a
 * proposal extended across files), through the ide services' definitions.
 */
public class ProposalNavigation {

	/** A place to go to: a resource, and the region of its text to select. */
	public record Target(URI uri, ITextRegion selection) {
	}

	@Inject
	private DocumentSymbolService symbols;

	@Inject
	private EObjectAtOffsetHelper elements;

	/** The reference written at {@code offset}, which a hyperlink underlines. */
	public Optional<ITextRegion> referenceAt(XtextResource resource, int offset) {
		INode node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		return Optional.ofNullable(node).map(found -> new TextRegion(found.getOffset(), found.getLength()));
	}

	public Optional<Target> declarationAt(XtextResource resource, int offset) {
		ResourceSet resources = resource.getResourceSet();
		List<? extends Location> locations = symbols.getDefinitions(resource, offset, new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI uri, IUnitOfWork<R, ResourceSet> work) {
				try {
					return work.exec(resources);
				} catch (Exception e) {
					throw new IllegalStateException("Could not read " + uri, e);
				}
			}
		}, CancelIndicator.NullImpl);
		for (Location location : locations) {
			for (Resource candidate : List.copyOf(resources.getResources())) {
				if (candidate instanceof XtextResource target && Documents.uriOf(target).equals(location.getUri())) {
					return Optional.of(new Target(target.getURI(), Documents.of(target).getTextRegion(location.getRange())));
				}
			}
		}
		return Optional.empty();
	}
}
