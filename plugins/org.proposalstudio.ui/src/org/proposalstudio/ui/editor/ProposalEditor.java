package org.proposalstudio.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.TextChange;
import org.proposalstudio.language.ide.symbols.ProposalNavigation.Target;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.editor.highlighting.SemanticHighlighter;
import org.proposalstudio.ui.editor.outline.ProposalOutlinePage;
import org.proposalstudio.ui.editor.outline.QuickOutline;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The editor of {@code .proposal} files: the Platform's text editor, driven by the language's ide services. What the
 * author types is parsed and validated in the background, and the file's markers follow; highlighting, folding and
 * the outline follow each new state of the model. Every service call is guarded: a failing service is logged and the
 * text stays as the author wrote it.
 */
public class ProposalEditor extends TextEditor {

	public static final String ID = "org.proposalstudio.ui.editor";
	/** The key binding context of the editor's commands (format, toggle comment, open declaration, quick outline). */
	public static final String CONTEXT_ID = "org.proposalstudio.ui.proposalEditorScope";
	public static final String CONTEXT_MENU_ID = "#ProposalEditorContext";

	/** Told, off the UI thread, when the editor's text has been parsed and validated again. */
	public interface ModelListener {
		void modelChanged(ProposalEditor editor);
	}

	private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();
	private LanguageServices services = new LanguageServices(ProposalUiPlugin.get().injector());
	private SemanticHighlighter semanticHighlighter;
	private ProposalOutlinePage outlinePage;

	/** Bracket matching is on, in the editor's own defaults ahead of the text editors' preferences. */
	private static final String MATCHING_BRACKETS = "org.proposalstudio.ui.editor.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "org.proposalstudio.ui.editor.matchingBracketsColor";

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		PreferenceStore defaults = new PreferenceStore();
		defaults.setDefault(MATCHING_BRACKETS, true);
		defaults.setDefault(MATCHING_BRACKETS_COLOR, "128,128,128");
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] { defaults, EditorsUI.getPreferenceStore() }));
		setSourceViewerConfiguration(new ProposalSourceViewerConfiguration(this, getPreferenceStore()));
		setEditorContextMenuId(CONTEXT_MENU_ID);
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(((ProposalSourceViewerConfiguration) getSourceViewerConfiguration()).characterPairMatcher());
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		semanticHighlighter = SemanticHighlighter.install(this, viewer);
		Folding.install(this, viewer);
		ReferenceAutoActivation.install(this, viewer);
		// the first reconcile may have run before these followed the model
		Job.createSystem("Following the model of " + getTitle(), (ICoreRunnable) monitor -> fireModelChanged()).schedule();
	}

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(EditorMessages.BUNDLE, "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		markAsStateDependentAction("ContentAssistProposal", true);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IFile previous = file();
		super.doSetInput(input);
		if (previous != null && !previous.equals(file())) {
			unfollow(previous);
		}
		if (file() != null) {
			giveProjectTheNature(file());
			model().followDependencies(file(), this::dependencyChanged);
		}
	}

	@SuppressWarnings("unchecked")
	@Override
	public <T> T getAdapter(Class<T> required) {
		if (required == IContentOutlinePage.class) {
			if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
				outlinePage = new ProposalOutlinePage(this);
			}
			return (T) outlinePage;
		}
		return super.getAdapter(required);
	}

	/** The file edited, or {@code null} when the input is not a workspace file. */
	public IFile file() {
		IEditorInput input = getEditorInput();
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** The model of the edited file's project, in which the file has the editor's text. */
	public ProjectModel model() {
		return ProposalUiPlugin.get().projectModels().of(file());
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The parts of the viewer: content assist, hover, hyperlinks, quick assist. */
	public ProposalSourceViewerConfiguration configuration() {
		return (ProposalSourceViewerConfiguration) getSourceViewerConfiguration();
	}

	/** The language's services this editor calls. */
	public LanguageServices services() {
		return services;
	}

	/** Puts other services in place, as a test does to see the editor survive a failing one. */
	public void setServices(LanguageServices services) {
		this.services = services;
	}

	/** The semantic highlighting shown now; for tests. */
	public SemanticHighlighter semanticHighlighter() {
		return semanticHighlighter;
	}

	public void addModelListener(ModelListener listener) {
		listeners.add(listener);
	}

	public void removeModelListener(ModelListener listener) {
		listeners.remove(listener);
	}

	void fireModelChanged() {
		for (ModelListener listener : listeners) {
			try {
				listener.modelChanged(this);
			} catch (RuntimeException e) {
				ProposalUiPlugin.log("A view failed to follow the proposal editor", e);
			}
		}
	}

	/**
	 * After each reconcile, computes something from the model off the UI thread and shows it on the UI thread, if the
	 * text is still the one it was computed from (the next reconcile follows otherwise).
	 */
	public <T> ModelListener followModel(String what, Function<XtextResource, T> compute, Consumer<T> show) {
		record Snapshot<T>(String text, T result) {
		}
		ModelListener listener = editor -> {
			IFile file = file();
			Snapshot<T> snapshot = file == null ? null
					: services.onModel(file, what, resource -> new Snapshot<>(Documents.textOf(resource), compute.apply(resource)), null);
			Display display = getSite().getShell().getDisplay();
			if (snapshot != null && !display.isDisposed()) {
				display.asyncExec(() -> {
					IDocument document = getDocumentProvider() == null ? null : document();
					if (document != null && document.get().equals(snapshot.text())) {
						LanguageServices.guarded(what, () -> {
							show.accept(snapshot.result());
							return null;
						}, null);
					}
				});
			}
		};
		addModelListener(listener);
		return listener;
	}

	/** Runs a service on the editor's text as it is now; {@code fallback} when there is no file or the service fails. */
	public <T> T onText(String what, Function<XtextResource, T> work, T fallback) {
		IFile file = file();
		return file == null ? fallback : services.onText(file, document().get(), true, what, work, fallback);
	}

	// ------------------------------------------------------------------ commands

	/** Formats the whole text with the language's formatter, as one change that one undo takes back. */
	public void format() {
		List<TextChange> changes = onText("Formatting", resource -> services.formatting().format(resource), List.of());
		if (!changes.isEmpty()) {
			apply(changes);
		}
	}

	/** Applies changes given last first as one undoable edit. */
	public void apply(List<TextChange> changes) {
		IRewriteTarget target = getAdapter(IRewriteTarget.class);
		target.beginCompoundChange();
		try {
			for (TextChange change : changes) {
				document().replace(change.offset(), change.length(), change.text());
			}
		} catch (BadLocationException e) {
			ProposalUiPlugin.log("A change of a language service lies outside the text", e);
		} finally {
			target.endCompoundChange();
		}
	}

	/**
	 * Comments out the selected lines with the language's line comment, or, when each of them is commented out already,
	 * takes the comments away.
	 */
	public void toggleComment() {
		String prefix = LanguageServices.guarded("Reading the comment prefix", () -> services.syntax().lineCommentPrefix(), null);
		ITextOperationTarget target = getAdapter(ITextOperationTarget.class);
		if (prefix == null || target == null) {
			return;
		}
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		boolean commented = LineComments.allCommented(document(), selection, prefix);
		int operation = commented ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
		if (target.canDoOperation(operation)) {
			IRewriteTarget rewrite = getAdapter(IRewriteTarget.class);
			rewrite.beginCompoundChange();
			target.doOperation(operation);
			rewrite.endCompoundChange();
		}
	}

	/** Goes to the declaration of the name at the caret, in this file or another file of the project. */
	public void openDeclaration() {
		openDeclarationAt(((ITextSelection) getSelectionProvider().getSelection()).getOffset());
	}

	public void openDeclarationAt(int offset) {
		Optional<Target> target = onText("Finding the declaration", resource -> services.navigation().declarationAt(resource, offset),
				Optional.empty());
		target.ifPresent(declaration -> {
			IFile file = ProjectModel.fileOf(declaration.uri());
			try {
				ProposalEditor editor = file.equals(file()) ? this
						: (ProposalEditor) IDE.openEditor(getSite().getPage(), file, ID);
				editor.selectAndReveal(declaration.selection().getOffset(), declaration.selection().getLength());
			} catch (PartInitException | ClassCastException e) {
				ProposalUiPlugin.log("Could not open the declaration in " + file.getFullPath(), e);
			}
		});
	}

	/** The outline as a popup at the caret, with a filter. */
	public QuickOutline quickOutline() {
		QuickOutline popup = new QuickOutline(this);
		popup.open();
		return popup;
	}

	@Override
	public void dispose() {
		IFile file = file();
		if (file != null) {
			unfollow(file);
		}
		listeners.clear();
		if (semanticHighlighter != null) {
			semanticHighlighter.uninstall();
		}
		super.dispose();
	}

	/** The file is no longer this editor's: the model has it as it is on disk, and its dependencies go unwatched. */
	private static void unfollow(IFile file) {
		ProjectModel model = ProposalUiPlugin.get().projectModels().of(file);
		model.unfollowDependencies(file);
		model.release(file);
	}

	/**
	 * A proposal this file builds on changed, in another editor or on disk: the file's markers and the views that follow
	 * this editor are brought up to date, as after typing here.
	 */
	private void dependencyChanged() {
		try {
			validateAndTell(CancelIndicator.NullImpl);
		} catch (CoreException | RuntimeException e) {
			ProposalUiPlugin.log("Validating " + file().getFullPath() + " again after a file it builds on changed failed", e);
		}
	}

	/**
	 * Validates the file as the project model has it, makes its markers what the validation finds and tells the views
	 * that follow this editor; returns false, having told nobody, when cancelled.
	 */
	boolean validateAndTell(CancelIndicator cancel) throws CoreException {
		ProposalMarkers.refresh(model(), file(), cancel);
		if (cancel.isCanceled()) {
			return false;
		}
		fireModelChanged();
		return true;
	}

	/**
	 * A file opened in a project without the proposal nature gets it, so that the builder validates the project's
	 * other proposal files too.
	 */
	private static void giveProjectTheNature(IFile file) {
		WorkspaceJob job = new WorkspaceJob("Adding the proposal nature to " + file.getProject().getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ProposalNature.addTo(file.getProject());
				return Status.OK_STATUS;
			}
		};
		// IProject.setDescription locks the whole workspace, not just the project
		job.setRule(file.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}
