package org.proposalstudio.language.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.proposalstudio.language.ide.DeclarationKind;
import org.proposalstudio.model.proposal.NamedElement;

import com.google.inject.Inject;

/**
 * Xtext's hover, saying of a declaration, where it is declared or referred to, its kind and name and then its
 * documentation ({@link ProposalDocumentation}). Plain text: an editor shows it as it is.
 */
public class ProposalHoverService extends HoverService {

	@Inject
	private EObjectAtOffsetHelper elements;

	@Override
	public String getContents(EObject element) {
		return DeclarationKind.of(element).map(kind -> {
			String heading = kind.label() + " " + ((NamedElement) element).getName();
			String documentation = super.getContents(element);
			return documentation == null || documentation.isEmpty() ? heading : heading + "\n\n" + documentation;
		}).orElse(null);
	}

	/** A hover on a reference is about all of it: {@code Amp(M)} is one name, though three tokens. */
	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		HoverContext context = super.createContext(document, resource, offset);
		INode reference = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (context == null || reference == null) {
			return context;
		}
		return new HoverContext(document, resource, offset, new TextRegion(reference.getOffset(), reference.getLength()),
				context.getElement());
	}

	@Override
	protected String getKind(HoverContext context) {
		return MarkupKind.PLAINTEXT;
	}
}
