package org.proposalstudio.language.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.proposalstudio.language.ide.Documents;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist as an editor applies it: Xtext's {@link ContentAssistService} (keywords, names in scope, templates)
 * with each proposal turned into a replacement of the text at the caret.
 */
public class ProposalCompletion extends ContentAssistService {

	/**
	 * A proposal: replace {@code length} characters at {@code offset} by {@code text}, then put the caret at
	 * {@code cursor}; {@code fields} are the template's edit positions, in offsets after the replacement.
	 */
	public record Completion(String label, String description, String kind, int offset, int length, String text,
			int cursor, List<ITextRegion> fields) {
	}

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	/** The proposals at {@code offset} of the resource's text, best first. */
	public List<Completion> completionsAt(XtextResource resource, int offset) {
		String text = Documents.textOf(resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		createProposals(text, new TextRegion(offset, 0), offset, resource, acceptor);
		List<Completion> completions = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			int prefix = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
			int start = offset - prefix;
			String proposal = entry.getProposal();
			int cursor = entry.getEscapePosition() != null ? entry.getEscapePosition() : start + proposal.length();
			completions.add(new Completion(entry.getLabel() != null ? entry.getLabel() : proposal, entry.getDescription(),
					entry.getKind(), start, prefix, proposal, cursor, List.copyOf(entry.getEditPositions())));
		}
		return completions;
	}
}
