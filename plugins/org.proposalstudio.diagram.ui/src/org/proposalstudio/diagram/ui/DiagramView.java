package org.proposalstudio.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.proposalstudio.diagram.layout.Geometry.Point;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.PngWriter;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.ui.EditorLink.Declaration;
import org.proposalstudio.diagram.ui.Rendering.FigureEntry;
import org.proposalstudio.model.io.AtomicFiles;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The figures of the proposal in the active proposal editor, drawn as the command line's {@code render} draws them, and
 * redrawn as the author types. Scenes are built and laid out in a job; the UI thread only paints. A click on a node or
 * an arrow selects its declaration in the editor; the caret in the editor highlights what it is on.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "org.proposalstudio.diagram.ui.diagramView";

	/** The scale of exported PNGs: the command line's default. */
	static final double PNG_SCALE = 2;
	private static final double ZOOM_STEP = 1.25;
	private static final double MIN_ZOOM = 0.1;
	private static final double MAX_ZOOM = 8;

	private static final String MEMENTO_FIGURE = "figure";
	private static final String MEMENTO_ZOOM = "zoom";
	private static final String MEMENTO_THEME = "theme";
	private static final String FIT = "fit";

	private Combo figureSelector;
	private CLabel message;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private DrawingPainter painter;

	/** Read by the drawing job too. */
	private volatile ProposalEditor editor;
	private List<FigureEntry> figures = List.of();
	private Drawing drawing;
	private boolean stale;
	private Set<String> highlighted = Set.of();
	/** The model element the editor's caret is on, whose nodes and edges stay highlighted as the drawing changes. */
	private String caretElement;
	private volatile int caretOffset;

	private volatile String figure;
	private volatile Theme theme = Theme.LIGHT;
	private double zoom = 1;
	/** A view opened for the first time shows the whole figure, whatever the room it is given. */
	private boolean fit = true;

	private final Job renderJob = Job.create("Drawing the proposal diagram", this::render);
	/** One job for the caret, so that a later caret move always wins over an earlier one. */
	private final Job caretJob = Job.create("Finding what the caret is on", this::findCaretElement);
	/** The editor tells of a new model only once the typing pauses, so the view draws at once. */
	private final ProposalEditor.ModelListener modelListener = changed -> scheduleRendering();
	private final ISelectionChangedListener caretListener = this::caretMoved;
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof IEditorPart active) {
				follow(active instanceof ProposalEditor proposalEditor ? proposalEditor : null);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(getSite().getPage().getActiveEditor() instanceof ProposalEditor next && next != editor ? next : null);
			}
		}

		@Override
		public void partInputChanged(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				ProposalEditor same = editor;
				follow(null);
				follow(same);
			}
		}
	};

	/** One radio item per theme in the view's menu, in the order of {@link Theme#values()}. */
	private final List<IAction> themeActions = new ArrayList<>();
	private final IAction zoomIn = action("Zoom In", "zoom_in", () -> zoomTo(zoom * ZOOM_STEP));
	private final IAction zoomOut = action("Zoom Out", "zoom_out", () -> zoomTo(zoom / ZOOM_STEP));
	private final IAction actualSize = action("Actual Size (100%)", "zoom_actual", () -> zoomTo(1));
	private final IAction zoomToFit = action("Zoom to Fit", "zoom_fit", this::fitToView);
	private final IAction nextTheme = action("Switch Theme", "theme", () -> setTheme(nextTheme()));
	private final IAction exportSvg = action("Export as SVG...", "export_svg", () -> exportWithDialog("svg"));
	private final IAction exportPng = action("Export as PNG...", "export_png", () -> exportWithDialog("png"));

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			figure = memento.getString(MEMENTO_FIGURE);
			String savedZoom = memento.getString(MEMENTO_ZOOM);
			fit = savedZoom == null || FIT.equals(savedZoom);
			if (!fit) {
				try {
					zoom = clampZoom(Double.parseDouble(savedZoom));
				} catch (NumberFormatException damaged) {
					// a memento edited by hand: 100% will do
				}
			}
			String savedTheme = memento.getString(MEMENTO_THEME);
			for (Theme candidate : Theme.values()) {
				if (candidate.word().equals(savedTheme)) {
					theme = candidate;
				}
			}
		}
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (figure != null) {
			memento.putString(MEMENTO_FIGURE, figure);
		}
		memento.putString(MEMENTO_ZOOM, fit ? FIT : Double.toString(zoom));
		memento.putString(MEMENTO_THEME, theme.word());
	}

	@Override
	public void createPartControl(Composite parent) {
		painter = new DrawingPainter(parent.getDisplay());
		renderJob.setSystem(true);
		caretJob.setSystem(true);
		parent.setLayout(new GridLayout(2, false));
		Label figureLabel = new Label(parent, SWT.NONE);
		figureLabel.setText("Figure:");
		figureSelector = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		figureSelector.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		figureSelector.addListener(SWT.Selection, event -> {
			int index = figureSelector.getSelectionIndex();
			if (index >= 0 && index < figures.size()) {
				showFigure(figures.get(index).key());
			}
		});
		message = new CLabel(parent, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		scroller.setContent(canvas);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::clicked);
		scroller.addListener(SWT.Resize, event -> {
			if (fit) {
				fitToView();
			}
		});
		createMenus();
		getSite().getPage().addPartListener(partListener);
		follow(getSite().getPage().getActiveEditor() instanceof ProposalEditor active ? active : null);
	}

	private void createMenus() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		List.of(zoomIn, zoomOut, actualSize, zoomToFit).forEach(toolBar::add);
		toolBar.add(new Separator());
		toolBar.add(nextTheme);
		toolBar.add(new Separator());
		toolBar.add(exportSvg);
		toolBar.add(exportPng);

		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		for (Theme candidate : Theme.values()) {
			Action choose = new Action("Theme: " + candidate.word(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						setTheme(candidate);
					}
				}
			};
			themeActions.add(choose);
			viewMenu.add(choose);
		}

		MenuManager contextMenu = new MenuManager();
		contextMenu.setRemoveAllWhenShown(true);
		contextMenu.addMenuListener(menu -> {
			Optional<Group> underMouse = canvas.isDisposed() ? Optional.empty() : groupAt(canvas.toControl(canvas.getDisplay().getCursorLocation()));
			Action reveal = new Action("Show Declaration") {
				@Override
				public void run() {
					underMouse.ifPresent(DiagramView.this::reveal);
				}
			};
			reveal.setEnabled(underMouse.isPresent());
			menu.add(reveal);
			menu.add(new Separator());
			List.of(zoomIn, zoomOut, actualSize, zoomToFit).forEach(menu::add);
			menu.add(new Separator());
			menu.add(nextTheme);
			menu.add(exportSvg);
			menu.add(exportPng);
		});
		canvas.setMenu(contextMenu.createContextMenu(canvas));
		updateActions();
	}

	private IAction action(String text, String icon, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text.replace("...", ""));
		action.setImageDescriptor(ResourceLocator.imageDescriptorFromBundle(DiagramView.class, "icons/" + icon + ".png")
				.orElse(ImageDescriptor.getMissingImageDescriptor()));
		return action;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		unfollow();
		renderJob.cancel();
		caretJob.cancel();
		if (painter != null) {
			painter.dispose();
		}
		super.dispose();
	}

	// ------------------------------------------------------------------ following the editor

	private void follow(ProposalEditor next) {
		if (next == editor && next != null) {
			return;
		}
		unfollow();
		editor = next;
		figures = List.of();
		drawing = null;
		stale = false;
		highlighted = Set.of();
		caretElement = null;
		if (editor == null || editor.file() == null) {
			editor = null;
			show("Open a proposal in the Proposal Editor to see its figures here.", ISharedImages.IMG_OBJS_INFO_TSK);
		} else {
			editor.addModelListener(modelListener);
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.addPostSelectionChangedListener(caretListener);
			}
			show("Drawing " + editor.file().getName() + "...", null);
			scheduleRendering();
		}
		refresh();
	}

	private void unfollow() {
		if (editor != null) {
			editor.removeModelListener(modelListener);
			ISelectionProvider selections = editor.getSelectionProvider();
			if (selections instanceof IPostSelectionProvider postSelections) {
				postSelections.removePostSelectionChangedListener(caretListener);
			}
		}
		editor = null;
	}

	// ------------------------------------------------------------------ drawing, off the UI thread

	/**
	 * Draws again. A request that comes while drawing cancels that drawing, whose result is then dropped, and draws once
	 * more after it: a burst of requests draws the last state, not each one.
	 */
	private void scheduleRendering() {
		renderJob.cancel();
		renderJob.schedule();
	}

	private IStatus render(IProgressMonitor monitor) {
		ProposalEditor followed = editor;
		if (followed == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		IFile file = followed.file();
		ProjectModel model = followed.model();
		Rendering rendering;
		try {
			rendering = Rendering.of(model, file, figure, theme);
		} catch (RuntimeException e) {
			ProposalUiPlugin.log("Could not draw the figures of " + file.getFullPath(), e);
			rendering = new Rendering(file, List.of(), null, null, "Could not draw the figures of " + file.getName() + ": see the error log.", true);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Rendering done = rendering;
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> apply(followed, done));
		return Status.OK_STATUS;
	}

	private void apply(ProposalEditor drawnFor, Rendering rendering) {
		if (canvas == null || canvas.isDisposed() || drawnFor != editor) {
			return;
		}
		if (rendering.stale()) {
			stale = drawing != null;
			show(rendering.problem() + (stale ? " The diagram shows the text as it was before: it is out of date." : ""),
					ISharedImages.IMG_OBJS_WARN_TSK);
		} else {
			figures = rendering.figures();
			if (rendering.figure() != null) {
				figure = rendering.figure().key();
			}
			drawing = rendering.drawing();
			stale = false;
			highlighted = caretHighlight();
			if (drawing == null) {
				show(rendering.problem(), figures.isEmpty() ? ISharedImages.IMG_OBJS_INFO_TSK : ISharedImages.IMG_OBJS_ERROR_TSK);
			} else {
				show(null, null);
			}
		}
		refresh();
	}

	// ------------------------------------------------------------------ painting

	private void refresh() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		List<String> labels = figures.stream().map(FigureEntry::label).toList();
		if (!labels.equals(List.of(figureSelector.getItems()))) {
			figureSelector.setItems(labels.toArray(String[]::new));
		}
		int selected = figures.stream().map(FigureEntry::key).toList().indexOf(figure);
		if (selected >= 0 && figureSelector.getSelectionIndex() != selected) {
			figureSelector.select(selected);
		}
		figureSelector.setEnabled(!figures.isEmpty());
		if (fit) {
			zoom = fittingZoom();
		}
		if (drawing == null) {
			canvas.setSize(0, 0);
		} else {
			canvas.setSize((int) Math.ceil(drawing.width() * zoom), (int) Math.ceil(drawing.height() * zoom));
		}
		canvas.redraw();
		updateActions();
	}

	private void paint(Event event) {
		if (drawing != null) {
			Color highlight = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
			painter.paint(event.gc, drawing, zoom, highlighted, highlight, stale ? scroller.getBackground() : null);
		}
	}

	private void show(String text, String image) {
		if (message == null || message.isDisposed()) {
			return;
		}
		message.setText(text == null ? "" : text);
		message.setImage(image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image));
		((GridData) message.getLayoutData()).exclude = text == null;
		message.setVisible(text != null);
		// only the message's size is new: measuring the figure selector again takes GTK tens of milliseconds
		message.getParent().layout(new Control[] { message });
	}

	private void updateActions() {
		boolean drawn = drawing != null;
		List.of(zoomIn, zoomOut, actualSize, zoomToFit, exportSvg, exportPng).forEach(action -> action.setEnabled(drawn));
		zoomIn.setEnabled(drawn && zoom < MAX_ZOOM);
		zoomOut.setEnabled(drawn && zoom > MIN_ZOOM);
		themeActions.forEach(action -> action.setChecked(themeActions.indexOf(action) == theme.ordinal()));
		nextTheme.setToolTipText("Theme: " + theme.word() + " (switch to " + nextTheme().word() + ")");
	}

	// ------------------------------------------------------------------ zoom, theme, figure

	/** Zooms to {@code next} pixels per diagram unit, within 10% and 800%. */
	public void zoomTo(double next) {
		fit = false;
		zoom = clampZoom(next);
		refresh();
	}

	/** Zooms so that the whole figure fits the view, and keeps it fitting as the view is resized. */
	public void fitToView() {
		fit = true;
		refresh();
	}

	private double fittingZoom() {
		if (drawing == null) {
			return zoom;
		}
		Rectangle room = scroller.getClientArea();
		if (room.width <= 0 || room.height <= 0) {
			return zoom;
		}
		return clampZoom(Math.min(room.width / drawing.width(), room.height / drawing.height()));
	}

	private static double clampZoom(double value) {
		return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
	}

	public void setTheme(Theme next) {
		theme = next;
		scheduleRendering();
		updateActions();
	}

	private Theme nextTheme() {
		return Theme.values()[(theme.ordinal() + 1) % Theme.values().length];
	}

	/** Shows the figure named as {@code render} names its files, {@code Proposal-figure}. */
	public void showFigure(String key) {
		figure = key;
		highlighted = Set.of();
		scheduleRendering();
	}

	// ------------------------------------------------------------------ between diagram and text

	private void clicked(Event event) {
		if (event.button != 1) {
			return;
		}
		groupAt(new org.eclipse.swt.graphics.Point(event.x, event.y)).ifPresent(group -> {
			highlighted = Set.of(group.attributes().get("id"));
			canvas.redraw();
			reveal(group);
		});
	}

	private Optional<Group> groupAt(org.eclipse.swt.graphics.Point point) {
		return drawing == null ? Optional.empty() : DrawingHits.at(drawing, new Point(point.x / zoom, point.y / zoom));
	}

	/** Selects the text that declares what the group shows, in the editor, or in the editor of the file declaring it. */
	private void reveal(Group group) {
		ProposalEditor source = editor;
		String reference = group.attributes().get("data-element");
		if (source == null || reference == null) {
			return;
		}
		Job.create("Finding the declaration of " + reference, monitor -> {
			Optional<Declaration> declaration = EditorLink.declarationOf(source.model(), reference);
			declaration.ifPresent(found -> PlatformUI.getWorkbench().getDisplay().asyncExec(() -> select(source, found)));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void select(ProposalEditor source, Declaration declaration) {
		if (canvas.isDisposed()) {
			return;
		}
		try {
			ITextEditor target = source;
			if (!declaration.file().equals(source.file())) {
				// declared in a proposal of another file that this one extends: show it there, and keep this diagram
				target = IDE.openEditor(getSite().getPage(), declaration.file(), ProposalEditor.ID, false) instanceof ITextEditor other ? other : null;
			} else {
				getSite().getPage().bringToTop(source);
			}
			if (target != null) {
				target.selectAndReveal(declaration.offset(), declaration.length());
			}
		} catch (PartInitException e) {
			ProposalUiPlugin.log("Could not open " + declaration.file().getFullPath(), e);
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (editor != null && event.getSelection() instanceof ITextSelection text) {
			caretOffset = text.getOffset();
			caretJob.cancel();
			caretJob.schedule();
		}
	}

	private IStatus findCaretElement(IProgressMonitor monitor) {
		ProposalEditor source = editor;
		int offset = caretOffset;
		if (source == null || source.file() == null) {
			return Status.OK_STATUS;
		}
		Optional<String> element = EditorLink.referenceAt(source.model(), source.file(), offset);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			// a caret move since has its own answer coming
			if (offset == caretOffset) {
				highlight(source, element.orElse(null));
			}
		});
		return Status.OK_STATUS;
	}

	private void highlight(ProposalEditor source, String element) {
		if (canvas.isDisposed() || source != editor) {
			return;
		}
		caretElement = element;
		highlighted = caretHighlight();
		canvas.redraw();
	}

	/** The ids of the drawing's nodes and edges that come from the model element the caret is on. */
	private Set<String> caretHighlight() {
		return caretElement == null || drawing == null ? Set.of()
				: DrawingHits.groups(drawing).stream().filter(group -> caretElement.equals(group.attributes().get("data-element")))
						.map(group -> group.attributes().get("id")).collect(Collectors.toUnmodifiableSet());
	}

	// ------------------------------------------------------------------ export

	private void exportWithDialog(String format) {
		if (drawing == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export the Figure as " + format.toUpperCase(Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(figure + "." + format);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen.endsWith("." + format) ? chosen : chosen + "." + format);
		try {
			export(target);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export Failed", target + ": cannot write: " + e.getMessage());
		}
	}

	/**
	 * Writes the figure shown, as SVG or PNG by the file's extension, exactly as {@code render} writes it: the whole
	 * file or, on failure, nothing.
	 */
	public void export(Path target) throws IOException {
		Drawing shown = drawing;
		if (shown == null) {
			throw new IOException("there is no figure to export");
		}
		byte[] content = target.toString().toLowerCase(Locale.ROOT).endsWith(".png") ? PngWriter.write(shown, PNG_SCALE)
				: SvgWriter.write(shown).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(target, content);
	}

	// ------------------------------------------------------------------ what tests and other parts may ask

	/** The drawing shown, or {@code null}; it may be stale while the text has errors. */
	public Drawing drawing() {
		return drawing;
	}

	/** Whether the drawing shown is older than the text, which has errors. */
	public boolean isStale() {
		return stale;
	}

	/** The message above the diagram, empty when there is none. */
	public String message() {
		return message.getText();
	}

	/** The {@code id}s of the drawing's groups that are highlighted, e.g. {@code node-M}. */
	public Set<String> highlighted() {
		return highlighted;
	}

	public double zoom() {
		return zoom;
	}

	public Theme theme() {
		return theme;
	}

	/** The canvas the diagram is painted on, at {@link #zoom()} pixels per diagram unit. */
	public Control canvas() {
		return canvas;
	}
}
