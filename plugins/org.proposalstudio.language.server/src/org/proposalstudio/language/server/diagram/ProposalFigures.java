package org.proposalstudio.language.server.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.diagram.scene.SceneElements;
import org.proposalstudio.language.ide.TextPositions;
import org.proposalstudio.language.server.Locations;
import org.proposalstudio.language.server.Requests;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureDrawing;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureEntry;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureList;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;
import org.proposalstudio.language.server.diagram.FigureMessages.FiguresParams;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.InformationFlow;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;

import com.google.inject.Inject;

/**
 * The proposal's figures over the protocol: {@code proposal/figures} lists them, {@code proposal/figure} draws one as
 * the command line's SVG. Scenes, layout and SVG are the diagram engine's, as for {@code render} and the workbench's
 * Diagram view; what this adds is where each node and arrow is declared, so that a client can reveal it.
 */
@JsonSegment("proposal")
public class ProposalFigures implements ILanguageServerExtension {

	/** The SVG attributes that say where a node's or arrow's element is declared. */
	public static final String URI_ATTRIBUTE = "data-uri";
	public static final String RANGE_ATTRIBUTE = "data-range";

	@Inject
	private Locations locations;

	@Inject
	private EObjectAtOffsetHelper elements;

	private ILanguageServerAccess access;

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	@JsonRequest
	public CompletableFuture<FigureList> figures(FiguresParams params) {
		return read(params.textDocument(), (resource, document) -> {
			List<Proposal> proposals = proposalsOf(resource);
			if (params.position() == null) {
				List<FigureEntry> entries = new ArrayList<>();
				proposals.forEach(proposal -> entries.addAll(entriesOf(proposal)));
				return new FigureList(entries, null, null);
			}
			int offset = new TextPositions(document.getContents()).offsetOf(Requests.clamp(document, params.position()));
			EObject element = elements.resolveContainedElementAt(resource, offset);
			Optional<Proposal> proposal = proposalAt(proposals, element, offset);
			if (proposal.isEmpty()) {
				return new FigureList(List.of(), null, null);
			}
			List<FigureEntry> entries = entriesOf(proposal.get());
			Figure figureAtCaret = containerOf(element, Figure.class);
			int selected = 0;
			for (int i = 0; i < entries.size(); i++) {
				if (figureAtCaret != null && entries.get(i).figure().equals(figureAtCaret.getName())) {
					selected = i;
				}
			}
			return new FigureList(entries, entries.isEmpty() ? null : selected, drawnElementAt(element));
		});
	}

	@JsonRequest
	public CompletableFuture<FigureDrawing> figure(FigureParams params) {
		Theme theme = themeOf(params.theme());
		return read(params.textDocument(), (resource, document) -> {
			if (!resource.getErrors().isEmpty()) {
				return problem(params, "The file has errors; the figure is drawn again once they are fixed");
			}
			Optional<Proposal> proposal = proposalsOf(resource).stream().filter(candidate -> candidate.getName().equals(params.proposal()))
					.findFirst();
			if (proposal.isEmpty()) {
				return problem(params, "There is no proposal '" + params.proposal() + "' in this file");
			}
			EffectiveProposal effective = EffectiveProposal.of(proposal.get());
			Optional<Figure> figure = effective.proposal().getFigures().stream()
					.filter(candidate -> candidate.getName().equals(params.figure())).findFirst();
			if (figure.isEmpty()) {
				return problem(params, "Proposal '" + params.proposal() + "' has no figure '" + params.figure() + "'");
			}
			try {
				Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(SceneBuilder.sceneOf(effective, figure.get())), theme);
				String svg = SvgWriter.write(withSources(drawing, sourcesOf(proposal.get())));
				return new FigureDrawing(params.proposal(), params.figure(), drawing.title(), svg, null);
			} catch (DiagramException e) {
				return problem(params, e.getMessage());
			}
		});
	}

	private <T> CompletableFuture<T> read(TextDocumentIdentifier identifier, Reader<T> reader) {
		if (identifier == null || identifier.getUri() == null) {
			throw Requests.invalid("the request names no text document");
		}
		return access.doRead(identifier.getUri(), context -> {
			if (!(context.getResource() instanceof XtextResource resource) || context.getDocument() == null) {
				throw Requests.invalid(identifier.getUri() + " is neither open nor a proposal file of the workspace");
			}
			return reader.read(resource, context.getDocument());
		});
	}

	private interface Reader<T> {
		T read(XtextResource resource, Document document);
	}

	private List<FigureEntry> entriesOf(Proposal proposal) {
		EffectiveProposal effective = EffectiveProposal.of(proposal);
		Function<EObject, Optional<Location>> declarations = locations.declarations();
		List<FigureEntry> entries = new ArrayList<>();
		for (Figure copy : effective.proposal().getFigures()) {
			Proposal declaring = effective.declaringProposal(copy);
			entries.add(new FigureEntry(proposal.getName(), copy.getName(), copy.getTitle() != null ? copy.getTitle() : copy.getName(),
					List.copyOf(copy.getPaperFigures()), declaring == proposal ? null : declaring.getName(),
					declarations.apply(effective.origin(copy)).orElse(null)));
		}
		return entries;
	}

	/** The proposal whose text holds the offset; between proposals, the one before it. */
	private static Optional<Proposal> proposalAt(List<Proposal> proposals, EObject element, int offset) {
		Proposal container = containerOf(element, Proposal.class);
		if (container != null) {
			return Optional.of(container);
		}
		Proposal before = null;
		for (Proposal proposal : proposals) {
			ICompositeNode node = NodeModelUtils.getNode(proposal);
			if (node != null && node.getOffset() <= offset) {
				before = proposal;
			}
		}
		return Optional.ofNullable(before != null ? before : proposals.isEmpty() ? null : proposals.get(0));
	}

	/** The participant, mechanism or flow the caret is on, as the SVG names it. */
	private static String drawnElementAt(EObject element) {
		for (EObject current = element; current != null && !(current instanceof Proposal); current = current.eContainer()) {
			if (current instanceof NamedElement || current instanceof InformationFlow) {
				return SceneElements.referenceOf(current);
			}
		}
		return null;
	}

	/** Where each element a figure of the proposal can name is declared, in the proposal or what it extends. */
	private Function<String, Optional<Location>> sourcesOf(Proposal proposal) {
		Function<EObject, Optional<Location>> declarations = locations.declarations();
		List<Proposal> lineage = Inheritance.lineage(proposal);
		Map<String, Optional<Location>> found = new HashMap<>();
		return reference -> found.computeIfAbsent(reference, unresolved -> {
			String name = SceneElements.proposalOf(unresolved);
			return lineage.stream().filter(candidate -> name.equals(candidate.getName())).findFirst()
					.flatMap(declaring -> SceneElements.resolve(declaring, unresolved)).flatMap(declarations);
		});
	}

	/** The drawing with the declaration of each node's and arrow's element on its group. */
	static Drawing withSources(Drawing drawing, Function<String, Optional<Location>> sources) {
		List<Mark> marks = drawing.marks().stream().map(mark -> withSources(mark, sources)).toList();
		return new Drawing(drawing.width(), drawing.height(), drawing.title(), drawing.description(), drawing.background(), marks);
	}

	private static Mark withSources(Mark mark, Function<String, Optional<Location>> sources) {
		if (!(mark instanceof Group group)) {
			return mark;
		}
		Map<String, String> attributes = group.attributes();
		String element = attributes.get("data-element");
		Optional<Location> source = element == null ? Optional.empty() : sources.apply(element);
		if (source.isPresent()) {
			attributes = new LinkedHashMap<>(attributes);
			attributes.put(URI_ATTRIBUTE, source.get().getUri());
			attributes.put(RANGE_ATTRIBUTE, range(source.get()));
		}
		return new Group(attributes, group.children().stream().map(child -> withSources(child, sources)).toList());
	}

	private static String range(Location location) {
		return location.getRange().getStart().getLine() + ":" + location.getRange().getStart().getCharacter() + "-"
				+ location.getRange().getEnd().getLine() + ":" + location.getRange().getEnd().getCharacter();
	}

	private static List<Proposal> proposalsOf(XtextResource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ProposalModel model) ? List.of()
				: model.getProposals();
	}

	private static <T extends EObject> T containerOf(EObject element, Class<T> type) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	private static Theme themeOf(String name) {
		if (name == null) {
			return Theme.LIGHT;
		}
		for (Theme theme : Theme.values()) {
			if (theme.word().equals(name)) {
				return theme;
			}
		}
		throw Requests.invalid("theme '" + name + "' is none of light, paper");
	}

	private static FigureDrawing problem(FigureParams params, String message) {
		return new FigureDrawing(params.proposal(), params.figure(), null, null, message);
	}

}
