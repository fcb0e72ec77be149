package org.proposalstudio.ui.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.proposalstudio.checks.Components;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.Stance;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.comparison.ComparisonRows.Cell;
import org.proposalstudio.ui.comparison.ComparisonRows.Row;
import org.proposalstudio.ui.comparison.ComparisonRows.Target;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The proposals of the workspace side by side: for each, the stance of its argument for each of the four components
 * and the diagnostics about it, grouped by project. A double-click on a cell opens the argument in the editor. The
 * matrix follows the files and their markers, recomputed in a job once changes pause.
 */
public class ComparisonView extends ViewPart {

	public static final String ID = "org.proposalstudio.ui.comparisonView";

	/** How long the view waits for a burst of changes (a build, typing) to end before it recomputes, in milliseconds. */
	static final long DEBOUNCE = 400;

	private static final Color PROMISING = new Color(0x1a, 0x7f, 0x37);
	private static final Color UNCERTAIN = new Color(0x9a, 0x67, 0x00);
	private static final Color CONCERNING = new Color(0xcf, 0x22, 0x2e);

	/** Long names are cut rather than push the totals out of sight; the tooltip names the file. */
	private static final int MAX_PROPOSAL_WIDTH = 320;

	private TreeViewer viewer;
	private volatile List<Row> rows = List.of();
	private final Job refreshJob = Job.create("Comparing the proposals", this::compute);
	private final IResourceChangeListener changes = this::resourcesChanged;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		column("Proposal", 330, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IProject project ? project.getName() : ((Row) element).proposal();
			}

			@Override
			public Image getImage(Object element) {
				return PlatformUI.getWorkbench().getSharedImages()
						.getImage(element instanceof IProject ? IDE.SharedImages.IMG_OBJ_PROJECT : ISharedImages.IMG_OBJ_FILE);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Row row ? row.proposal() + " in " + row.file().getFullPath() : null;
			}
		});
		for (Component component : Component.values()) {
			column(capitalized(Components.title(component)), 195, new StanceLabels(component));
		}
		column("Errors / warnings", 140, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Row row ? totals(row) : "";
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Row row ? severityImage(row.errors() > 0 ? IMarker.SEVERITY_ERROR
						: row.warnings() > 0 ? IMarker.SEVERITY_WARNING : -1) : null;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.getTree().addListener(SWT.MouseDoubleClick, this::doubleClicked);
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());

		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				scheduleRefresh(0);
			}
		};
		refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		getViewSite().getActionBars().getToolBarManager().add(refresh);

		refreshJob.setSystem(true);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
		scheduleRefresh(0);
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
		refreshJob.cancel();
		super.dispose();
	}

	/** The rows shown, by project. */
	public List<Row> rows() {
		return rows;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	// ------------------------------------------------------------------ following the workspace

	/** Proposal files changed, or the markers on them: the matrix is recomputed once the changes pause. */
	private void resourcesChanged(IResourceChangeEvent event) {
		boolean[] relevant = { false };
		try {
			event.getDelta().accept(delta -> {
				if (ProjectModel.isProposalFile(delta.getResource())) {
					relevant[0] |= (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.MARKERS)) != 0
							|| delta.getKind() != IResourceDelta.CHANGED;
				} else if (delta.getResource() instanceof IProject && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
					relevant[0] = true;
				}
				return !relevant[0];
			});
		} catch (CoreException e) {
			ProposalUiPlugin.log("Could not follow a change of the workspace", e);
		}
		if (relevant[0]) {
			scheduleRefresh(DEBOUNCE);
		}
	}

	private void scheduleRefresh(long delay) {
		refreshJob.cancel();
		refreshJob.schedule(delay);
	}

	private IStatus compute(IProgressMonitor monitor) {
		List<Row> computed;
		try {
			computed = ComparisonRows.of(ResourcesPlugin.getWorkspace().getRoot());
		} catch (RuntimeException e) {
			ProposalUiPlugin.log("Could not compare the proposals of the workspace", e);
			return Status.OK_STATUS;
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				boolean first = rows.isEmpty();
				rows = computed;
				viewer.refresh();
				viewer.expandAll();
				if (first) {
					// columns as wide as their headers and cells; from then on as wide as the user makes them
					Arrays.stream(viewer.getTree().getColumns()).forEach(TreeColumn::pack);
					TreeColumn proposals = viewer.getTree().getColumn(0);
					proposals.setWidth(Math.min(proposals.getWidth(), MAX_PROPOSAL_WIDTH));
				}
			}
		});
		return Status.OK_STATUS;
	}

	// ------------------------------------------------------------------ opening the text

	private void doubleClicked(Event event) {
		ViewerCell cell = viewer.getCell(new Point(event.x, event.y));
		if (cell == null || !(cell.getElement() instanceof Row row)) {
			return;
		}
		// the first column is the proposal's, the last the totals'; a column's index does not change when it is moved
		int component = cell.getColumnIndex() - 1;
		open(component >= 0 && component < Component.values().length ? row.cell(Component.values()[component]).target() : row.target());
	}

	private void open(Target target) {
		try {
			if (IDE.openEditor(getSite().getPage(), target.file(), ProposalEditor.ID, true) instanceof ITextEditor editor) {
				editor.selectAndReveal(target.offset(), target.length());
			}
		} catch (PartInitException e) {
			ProposalUiPlugin.log("Could not open " + target.file().getFullPath(), e);
		}
	}

	// ------------------------------------------------------------------ what the cells show

	/** The rows under their projects. */
	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			Set<IProject> projects = new LinkedHashSet<>();
			rows.forEach(row -> projects.add(row.project()));
			return projects.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof IProject project ? rows.stream().filter(row -> row.project().equals(project)).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Row row ? row.project() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IProject;
		}
	}

	/** A component's cell: the stance in its colour, the count of diagnostics with the icon of the worst. */
	private static final class StanceLabels extends ColumnLabelProvider {

		private final Component component;

		StanceLabels(Component component) {
			this.component = component;
		}

		@Override
		public String getText(Object element) {
			if (!(element instanceof Row row)) {
				return "";
			}
			Cell cell = row.cell(component);
			String stance = cell.stance() == null ? "no argument" : cell.stance().getLiteral();
			return cell.findings().isEmpty() ? stance : stance + "  (" + cell.findings().size() + ")";
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof Row row ? severityImage(row.cell(component).worst()) : null;
		}

		@Override
		public Color getForeground(Object element) {
			if (!(element instanceof Row row) || row.cell(component).stance() == null) {
				return null;
			}
			Stance stance = row.cell(component).stance();
			return switch (stance) {
			case PROMISING -> PROMISING;
			case UNCERTAIN -> UNCERTAIN;
			case CONCERNING -> CONCERNING;
			};
		}

		@Override
		public Font getFont(Object element) {
			return element instanceof Row row && row.cell(component).inheritedFrom() != null
					? JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT)
					: null;
		}

		@Override
		public String getToolTipText(Object element) {
			if (!(element instanceof Row row)) {
				return null;
			}
			Cell cell = row.cell(component);
			StringBuilder tip = new StringBuilder(capitalized(Components.title(component)) + ": "
					+ (cell.stance() == null ? "no argument" : cell.stance().getLiteral()));
			if (cell.inheritedFrom() != null) {
				tip.append(", the argument of ").append(cell.inheritedFrom());
			}
			cell.findings().forEach(finding -> tip.append("\n• ").append(finding));
			return tip.toString();
		}
	}

	private static Image severityImage(int severity) {
		String image = switch (severity) {
		case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case IMarker.SEVERITY_INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		default -> null;
		};
		return image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image);
	}

	private static String totals(Row row) {
		List<String> counts = new ArrayList<>();
		if (row.errors() > 0) {
			counts.add(row.errors() + (row.errors() == 1 ? " error" : " errors"));
		}
		if (row.warnings() > 0) {
			counts.add(row.warnings() + (row.warnings() == 1 ? " warning" : " warnings"));
		}
		return counts.isEmpty() ? "none" : String.join(", ", counts);
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
