package org.proposalstudio.ui.editor;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.ProposalSyntax;
import org.proposalstudio.language.ide.contentassist.ProposalCompletion;
import org.proposalstudio.language.ide.formatting.ProposalFormatting;
import org.proposalstudio.language.ide.highlighting.ProposalTokens;
import org.proposalstudio.language.ide.hover.ProposalHover;
import org.proposalstudio.language.ide.quickfix.ProposalQuickfixes;
import org.proposalstudio.language.ide.symbols.ProposalFolding;
import org.proposalstudio.language.ide.symbols.ProposalNavigation;
import org.proposalstudio.language.ide.symbols.ProposalOutline;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

import com.google.inject.Injector;

/**
 * The language's ide services as the workbench calls them: on a file's resource holding a given text, under its
 * project model's lock, and guarded. A service that fails is logged and answers with a fallback; the text is never
 * touched by a failure. Each service has its own method, which a test can override to make it fail.
 */
public class LanguageServices {

	private final Injector injector;

	public LanguageServices(Injector injector) {
		this.injector = injector;
	}

	public ProposalTokens tokens() {
		return injector.getInstance(ProposalTokens.class);
	}

	public ISemanticHighlightingCalculator highlighting() {
		return injector.getInstance(ISemanticHighlightingCalculator.class);
	}

	public ProposalCompletion completion() {
		return injector.getInstance(ProposalCompletion.class);
	}

	public ProposalHover hover() {
		return injector.getInstance(ProposalHover.class);
	}

	public ProposalQuickfixes quickfixes() {
		return injector.getInstance(ProposalQuickfixes.class);
	}

	public ProposalOutline outline() {
		return injector.getInstance(ProposalOutline.class);
	}

	public ProposalNavigation navigation() {
		return injector.getInstance(ProposalNavigation.class);
	}

	public ProposalFolding folding() {
		return injector.getInstance(ProposalFolding.class);
	}

	public ProposalFormatting formatting() {
		return injector.getInstance(ProposalFormatting.class);
	}

	public ProposalSyntax syntax() {
		return injector.getInstance(ProposalSyntax.class);
	}

	/** Runs {@code work} on the file's resource as the model holds it now, whatever text it was parsed from. */
	public <T> T onModel(IFile file, String what, Function<XtextResource, T> work, T fallback) {
		return onText(file, null, false, what, work, fallback);
	}

	/**
	 * Runs {@code work} on the file's resource parsed from {@code text}. An editor's text is the file's content in the
	 * model, so when the reconciler has not caught up yet ({@code fromEditor}) the text is parsed first; any other text
	 * that differs from the model's is out of date, and nothing is done with it.
	 */
	public <T> T onText(IFile file, String text, boolean fromEditor, String what, Function<XtextResource, T> work, T fallback) {
		return guarded(what, () -> {
			ProjectModel model = ProposalUiPlugin.get().projectModels().of(file);
			return model.read(resources -> {
				XtextResource resource = model.resource(file);
				if (text != null && !Documents.textOf(resource).equals(text)) {
					if (!fromEditor) {
						return fallback;
					}
					model.edit(file, text);
					resource = model.resource(file);
				}
				return work.apply(resource);
			});
		}, fallback);
	}

	/** Runs {@code work}; a failure is logged as {@code what} failing, and {@code fallback} answers instead. */
	public static <T> T guarded(String what, Supplier<T> work, T fallback) {
		try {
			return work.get();
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			ProposalUiPlugin.log(what + " failed; the text is untouched", e);
			return fallback;
		}
	}
}
