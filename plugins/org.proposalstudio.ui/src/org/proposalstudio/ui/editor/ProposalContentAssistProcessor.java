package org.proposalstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.language.ide.contentassist.ProposalCompletion.Completion;
import org.proposalstudio.ui.ProposalUiPlugin;

/**
 * Content assist from the language's ide services: keywords, the names in scope at a reference, and templates, whose
 * fields the author then tabs through.
 */
final class ProposalContentAssistProcessor implements IContentAssistProcessor {

	private final ProposalEditor editor;
	private String error;

	ProposalContentAssistProcessor(ProposalEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		List<Completion> completions = editor.onText("Content assist",
				resource -> editor.services().completion().completionsAt(resource, offset), null);
		error = completions == null ? "Content assist failed; see the error log" : null;
		return completions == null ? new ICompletionProposal[0]
				: completions.stream().map(Proposal::new).toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}

	/** A completion; a template's fields become linked positions, the caret ending where the template says. */
	private static final class Proposal implements ICompletionProposal, ICompletionProposalExtension2 {
		private final Completion completion;

		Proposal(Completion completion) {
			this.completion = completion;
		}

		@Override
		public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
			IDocument document = viewer.getDocument();
			int typedSince = offset - (completion.offset() + completion.length());
			try {
				document.replace(completion.offset(), completion.length() + Math.max(typedSince, 0), completion.text());
				if (!completion.fields().isEmpty()) {
					enterFields(viewer, document);
				}
			} catch (BadLocationException e) {
				ProposalUiPlugin.log("A completion lies outside the text", e);
			}
		}

		private void enterFields(ITextViewer viewer, IDocument document) throws BadLocationException {
			LinkedModeModel model = new LinkedModeModel();
			int order = 0;
			for (ITextRegion field : completion.fields()) {
				LinkedPositionGroup group = new LinkedPositionGroup();
				group.addPosition(new LinkedPosition(document, field.getOffset(), field.getLength(), order++));
				model.addGroup(group);
			}
			model.forceInstall();
			LinkedModeUI ui = new LinkedModeUI(model, viewer);
			ui.setExitPosition(viewer, completion.cursor(), 0, Integer.MAX_VALUE);
			ui.enter();
		}

		@Override
		public void apply(IDocument document) {
			try {
				document.replace(completion.offset(), completion.length(), completion.text());
			} catch (BadLocationException e) {
				ProposalUiPlugin.log("A completion lies outside the text", e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			if (!completion.fields().isEmpty()) {
				ITextRegion first = completion.fields().get(0);
				return new Point(first.getOffset(), first.getLength());
			}
			return new Point(completion.cursor(), 0);
		}

		@Override
		public boolean validate(IDocument document, int offset, DocumentEvent event) {
			try {
				String typed = document.get(completion.offset(), offset - completion.offset());
				return completion.text().startsWith(typed) || completion.label().startsWith(typed);
			} catch (BadLocationException e) {
				return false;
			}
		}

		@Override
		public void selected(ITextViewer viewer, boolean smartToggle) {
			// nothing to preview
		}

		@Override
		public void unselected(ITextViewer viewer) {
			// nothing to preview
		}

		@Override
		public String getAdditionalProposalInfo() {
			return completion.description();
		}

		@Override
		public String getDisplayString() {
			return completion.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
