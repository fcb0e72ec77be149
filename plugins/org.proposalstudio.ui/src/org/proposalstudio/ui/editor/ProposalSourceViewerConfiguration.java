package org.proposalstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.xtext.ide.editor.bracketmatching.BracePair;
import org.proposalstudio.ui.editor.highlighting.ProposalDamagerRepairer;
import org.proposalstudio.ui.editor.highlighting.ProposalTokenScanner;

/** What the proposal editor's viewer is made of: each part asks the language's services. */
public class ProposalSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/**
	 * How long typing must pause before the text is validated again. Short: the markers of a 2,000-line file are to
	 * follow a keystroke within 100 ms (docs/benchmarks.md), and validating it takes about half of that; a keystroke
	 * during a validation cancels it, so fast typing costs no more than the validations it lets finish.
	 */
	static final int RECONCILE_DELAY_MILLIS = 25;

	private final ProposalEditor editor;

	public ProposalSourceViewerConfiguration(ProposalEditor editor, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new ProposalReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MILLIS);
		return reconciler;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		ProposalDamagerRepairer lexical = new ProposalDamagerRepairer(new ProposalTokenScanner(editor.services()));
		reconciler.setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new ProposalContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoInsert(true);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ProposalQuickAssistProcessor());
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ProposalTextHover(editor);
	}

	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
		return parent -> new DefaultInformationControl(parent, true);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] detectors = new IHyperlinkDetector[(platform == null ? 0 : platform.length) + 1];
		detectors[0] = new ProposalHyperlinkDetector(editor);
		if (platform != null) {
			System.arraycopy(platform, 0, detectors, 1, platform.length);
		}
		return detectors;
	}

	/** Toggle comment works with the grammar's line comment. */
	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		String prefix = LanguageServices.guarded("Reading the comment prefix", () -> editor.services().syntax().lineCommentPrefix(),
				null);
		return prefix == null ? new String[0] : new String[] { prefix, "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "\t", "" };
	}

	/** Bracket matching, on the brackets the grammar uses. */
	public ICharacterPairMatcher characterPairMatcher() {
		List<BracePair> pairs = LanguageServices.guarded("Reading the brackets", () -> editor.services().syntax().bracePairs(),
				List.of());
		StringBuilder chars = new StringBuilder();
		pairs.forEach(pair -> chars.append(pair.getLeftBrace()).append(pair.getRightBrace()));
		return new DefaultCharacterPairMatcher(chars.toString().toCharArray());
	}
}
