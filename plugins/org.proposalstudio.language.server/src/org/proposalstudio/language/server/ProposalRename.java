package org.proposalstudio.language.server;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.proposalstudio.language.ide.DeclarationKind;
import org.proposalstudio.language.services.ProposalGrammarAccess;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Declaration;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.ProposalPackage;

import com.google.inject.Inject;

/**
 * Xtext's rename, across the files of the workspace, refusing a new name that the grammar would not read as a name,
 * or that would make a name mean something else: a declaration of the same family in the proposal, in what it
 * inherits or in what extends it (where the renamed element would replace, or be replaced by, the other), a
 * mechanism where 'relies on' names mechanisms, or another proposal of the project.
 */
public class ProposalRename extends RenameService2 {

	@Inject
	private IParser parser;

	@Inject
	private ProposalGrammarAccess grammar;

	@Inject
	private ResourceDescriptionsProvider index;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		String uri = params.getTextDocument().getUri();
		Optional<String> refusal = options.getLanguageServerAccess().doSyncRead(uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			Document document = context.getDocument();
			EObject element = getElementWithIdentifierAt(resource, document.getOffSet(params.getPosition()));
			return element instanceof NamedElement named ? refusal(named, params.getNewName()) : Optional.<String>empty();
		});
		if (refusal.isPresent()) {
			throw Requests.invalid(refusal.get());
		}
		return super.rename(options);
	}

	private Optional<String> refusal(NamedElement element, String newName) {
		ParserRule rule = element instanceof Participant ? grammar.getParticipantNameRule() : grammar.getValidIDRule();
		IParseResult parsed = parser.parse(rule, new StringReader(newName));
		if (newName.isBlank() || parsed.hasSyntaxErrors()) {
			return Optional.of("'" + newName + "' is not a name" + (rule == grammar.getValidIDRule() ? ""
					: " of a participant") + "; names are letters, digits and underscores, a keyword needs a ^ (^model)");
		}
		String name = newName.startsWith("^") ? newName.substring(1) : newName;
		if (name.equals(element.getName())) {
			return Optional.empty();
		}
		if (element instanceof Proposal) {
			return otherProposalNamed(name, element.eResource());
		}
		Proposal proposal = ownerOf(element);
		return Stream.concat(Stream.of(proposal), descendantsOf(proposal)).flatMap(member -> clashes(member, element, name))
				.findFirst().map(other -> "'" + name + "' already names " + DeclarationKind.of(other).map(DeclarationKind::label)
						.map(label -> "the " + label).orElse("a declaration") + " of proposal '" + ownerOf(other).getName() + "'");
	}

	/** What the name would be confused with in one proposal: its family, and all mechanisms for a mechanism. */
	private static Stream<NamedElement> clashes(Proposal proposal, NamedElement renamed, String name) {
		Inheritance inheritance = Inheritance.of(proposal);
		List<? extends NamedElement> candidates = renamed instanceof Mechanism ? inheritance.mechanisms()
				: renamed instanceof Declaration declaration ? inheritance.sameFamilyAs(declaration) : List.of();
		return candidates.stream().filter(candidate -> candidate != renamed && name.equals(candidate.getName())).map(NamedElement.class::cast);
	}

	/** The proposals, loaded so far, that extend this one directly or not. */
	private static Stream<Proposal> descendantsOf(Proposal proposal) {
		return proposal.eResource().getResourceSet().getResources().stream().flatMap(ProposalRename::proposalsIn)
				.filter(other -> other != proposal && Inheritance.lineage(other).contains(proposal));
	}

	/** Another proposal of the project's index (the files not opened included) or of the files loaded. */
	private Optional<String> otherProposalNamed(String name, Resource resource) {
		Iterable<IEObjectDescription> indexed = index.getResourceDescriptions(resource.getResourceSet())
				.getExportedObjectsByType(ProposalPackage.Literals.PROPOSAL);
		boolean inIndex = StreamSupport.stream(indexed.spliterator(), false)
				.anyMatch(description -> name.equals(description.getName().toString()));
		Stream<Proposal> loaded = resource.getResourceSet().getResources().stream().flatMap(ProposalRename::proposalsIn);
		if (inIndex || loaded.anyMatch(other -> name.equals(other.getName()))) {
			return Optional.of("'" + name + "' already names a proposal of the project; proposal names are unique so that 'extends' is unambiguous");
		}
		return Optional.empty();
	}

	private static Stream<Proposal> proposalsIn(Resource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ProposalModel model) ? Stream.empty()
				: model.getProposals().stream();
	}

	private static Proposal ownerOf(EObject element) {
		EObject current = element;
		while (current != null && !(current instanceof Proposal)) {
			current = current.eContainer();
		}
		return (Proposal) current;
	}
}
