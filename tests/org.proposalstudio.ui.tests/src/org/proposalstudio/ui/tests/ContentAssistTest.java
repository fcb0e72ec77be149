package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.editor.ProposalEditor;

/** Content assist in the editor: the names in scope at a reference, keywords and templates. */
class ContentAssistTest {

	private static final String TEXT = """
			proposal P {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				deploy M
			}
			""";

	@RegisterExtension
	final TestProject project = new TestProject("content-assist");
	private ProposalEditor editor;

	@BeforeEach
	void open() throws Exception {
		editor = project.open("p.proposal", TEXT);
	}

	@Test
	void theDeclaredParticipantsAreOfferedAtAReference() throws Exception {
		int offset = Editors.offsetOf(editor, "deploy M") + "deploy M".length();
		editor.document().replace(offset, 0, ", ");
		List<String> offered = labels(proposalsAt(offset + 2));
		assertTrue(offered.containsAll(List.of("H", "Amp(M)")), offered.toString());
		assertFalse(offered.contains("imitationLoss"), offered.toString());
	}

	@Test
	void anArgumentTemplateInsertsAnArgument() throws Exception {
		int offset = Editors.offsetOf(editor, "}");
		ICompletionProposal template = Arrays.stream(proposalsAt(offset))
				.filter(proposal -> proposal.getDisplayString().equals("inner alignment (template)")).findFirst().orElseThrow();
		((ICompletionProposalExtension2) template).apply(editor.viewer(), '\0', 0, offset);
		assertTrue(editor.document().get().contains("inner alignment is uncertain"), editor.document().get());
	}

	private ICompletionProposal[] proposalsAt(int offset) {
		return editor.configuration().getContentAssistant(editor.viewer())
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset);
	}

	private static List<String> labels(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}
}
