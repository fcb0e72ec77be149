package org.proposalstudio.ui.comparison;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.proposalstudio.diff.ComparisonText;
import org.proposalstudio.diff.ElementChange;
import org.proposalstudio.diff.PropertyChange;
import org.proposalstudio.diff.ProposalComparison;
import org.proposalstudio.diff.ProposalDiff;
import org.proposalstudio.diff.Side;
import org.proposalstudio.diff.WordDiff;
import org.proposalstudio.report.Diagnostic;

/**
 * The comparison of two proposal files in the Platform's compare editor (<em>Compare With &gt; Each Other</em>, or any
 * comparison of {@code .proposal} content): what differs between the two proposals, each with everything it inherits,
 * as the command line's {@code diff} says it, from the same engine. A row per element that differs, its properties
 * below it with the old and the new values (texts as word diffs: removed words struck out in red, added ones in
 * green), then the diagnostics only one side gets. When one proposal extends the other, the one it extends is the old
 * side; otherwise the right-hand side is. A file of several proposals offers a choice of them.
 */
public class ProposalCompareViewer extends Viewer {

	/** The key under which the viewer's control holds the viewer, for tools and tests that look for it. */
	public static final String DATA_KEY = ProposalCompareViewer.class.getName();

	private static final Color REMOVED = new Color(0xcf, 0x22, 0x2e);
	private static final Color ADDED = new Color(0x1a, 0x7f, 0x37);

	private final Composite control;
	private final Combo olderChoice;
	private final Combo newerChoice;
	private final Label summary;
	private final TreeViewer tree;
	private Object input;
	private ComparedFile older;
	private ComparedFile newer;
	private ProposalComparison comparison;

	public ProposalCompareViewer(Composite parent, CompareConfiguration configuration) {
		control = new Composite(parent, SWT.NONE);
		control.setData(DATA_KEY, this);
		control.setData(CompareUI.COMPARE_VIEWER_TITLE, "Proposal Comparison");
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(control);
		new Label(control, SWT.NONE).setText("Old:");
		olderChoice = new Combo(control, SWT.READ_ONLY);
		new Label(control, SWT.NONE).setText("New:");
		newerChoice = new Combo(control, SWT.READ_ONLY);
		// a small hint: the two share the width, however long the files' names
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(olderChoice);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(newerChoice);
		Button swap = new Button(control, SWT.PUSH);
		swap.setText("Swap");
		swap.setToolTipText("Compare the other way round: the new proposal as the old one");
		swap.addListener(SWT.Selection, event -> swap());
		olderChoice.addListener(SWT.Selection, event -> compare());
		newerChoice.addListener(SWT.Selection, event -> compare());
		summary = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(summary);

		tree = new TreeViewer(control, SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(tree.getControl());
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new Rows());
		column("What differs", 280, Column.WHAT);
		column("Old", 420, Column.OLD);
		column("New", 420, Column.NEW);
	}

	private enum Column {
		WHAT, OLD, NEW
	}

	private void column(String title, int width, Column column) {
		TreeViewerColumn viewerColumn = new TreeViewerColumn(tree, SWT.LEFT);
		viewerColumn.getColumn().setText(title);
		viewerColumn.getColumn().setWidth(width);
		viewerColumn.setLabelProvider(new Cells(column));
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public Object getInput() {
		return input;
	}

	@Override
	public void setInput(Object input) {
		this.input = input;
		older = null;
		newer = null;
		if (input instanceof ICompareInput compareInput && compareInput.getLeft() != null && compareInput.getRight() != null) {
			// the left side is the one the user works on (the workspace's, or the first one selected): the new one
			newer = ComparedFile.of(compareInput.getLeft());
			older = ComparedFile.of(compareInput.getRight());
		}
		fillChoices();
		compare();
	}

	/** The proposals of each file to choose from, preselecting a proposal and the one it extends, if there is such a pair. */
	private void fillChoices() {
		olderChoice.removeAll();
		newerChoice.removeAll();
		if (older == null || newer == null) {
			return;
		}
		items(olderChoice, older);
		items(newerChoice, newer);
		olderChoice.select(0);
		newerChoice.select(0);
		for (int n = 0; n < newer.proposals().size(); n++) {
			int extended = older.extendedBy(newer, n);
			if (extended >= 0) {
				olderChoice.select(extended);
				newerChoice.select(n);
				return;
			}
		}
		for (int o = 0; o < older.proposals().size(); o++) {
			if (newer.extendedBy(older, o) >= 0) {
				// the right-hand file's proposal extends the left-hand one's: it is the new one
				swap();
				newerChoice.select(o);
				olderChoice.select(older.extendedBy(newer, o));
				return;
			}
		}
	}

	private void swap() {
		int olderIndex = olderChoice.getSelectionIndex();
		int newerIndex = newerChoice.getSelectionIndex();
		ComparedFile formerOlder = older;
		older = newer;
		newer = formerOlder;
		items(olderChoice, older);
		items(newerChoice, newer);
		olderChoice.select(Math.max(newerIndex, 0));
		newerChoice.select(Math.max(olderIndex, 0));
		compare();
	}

	private static void items(Combo choice, ComparedFile file) {
		choice.setItems(file == null ? new String[0] : file.proposals().stream().map(Side::label).toArray(String[]::new));
	}

	private void compare() {
		comparison = null;
		if (older == null || newer == null) {
			summary.setText("Select two proposal files to compare.");
		} else if (older.problem() != null || newer.problem() != null) {
			summary.setText(String.join("\n", problems()));
		} else {
			comparison = ProposalDiff.compare(older.proposals().get(Math.max(olderChoice.getSelectionIndex(), 0)),
					newer.proposals().get(Math.max(newerChoice.getSelectionIndex(), 0)));
			summary.setText(ComparisonText.summary(comparison));
		}
		tree.setInput(comparison);
		tree.expandAll();
		control.layout(true, true);
	}

	private List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (ComparedFile file : List.of(older, newer)) {
			if (file.problem() != null) {
				problems.add(file.name() + " " + file.problem());
			}
		}
		return problems;
	}

	/** The comparison shown, or null when there is none. */
	public ProposalComparison comparison() {
		return comparison;
	}

	@Override
	public ISelection getSelection() {
		return tree.getSelection();
	}

	@Override
	public void refresh() {
		tree.refresh();
	}

	@Override
	public void setSelection(ISelection selection, boolean reveal) {
		tree.setSelection(selection instanceof StructuredSelection ? selection : StructuredSelection.EMPTY, reveal);
	}

	/** A heading row of diagnostics, and a diagnostic only one side gets. */
	private record DiagnosticsHeading(ProposalComparison comparison) {
	}

	private record OneSided(Diagnostic diagnostic, boolean removed) {
	}

	/** Property rows know their element, whose kind decides how their values show. */
	private record PropertyRow(ElementChange element, PropertyChange property) {
	}

	private static final class Rows implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof ProposalComparison comparison)) {
				return new Object[0];
			}
			List<Object> rows = new ArrayList<>(comparison.changes());
			if (!comparison.diagnosticsRemoved().isEmpty() || !comparison.diagnosticsAdded().isEmpty()) {
				rows.add(new DiagnosticsHeading(comparison));
			}
			return rows.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof ElementChange change) {
				return change.properties().stream().map(property -> new PropertyRow(change, property)).toArray();
			}
			if (parent instanceof DiagnosticsHeading heading) {
				List<Object> rows = new ArrayList<>();
				heading.comparison().diagnosticsRemoved().forEach(diagnostic -> rows.add(new OneSided(diagnostic, true)));
				heading.comparison().diagnosticsAdded().forEach(diagnostic -> rows.add(new OneSided(diagnostic, false)));
				return rows.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** The cells of a column, with removed words struck out in red and added ones in green. */
	private static final class Cells extends StyledCellLabelProvider {

		private static final StyledString.Styler STRUCK = new StyledString.Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.foreground = REMOVED;
				style.strikeout = true;
			}
		};
		private static final StyledString.Styler RED = colour(REMOVED);
		private static final StyledString.Styler GREEN = colour(ADDED);

		private final Column column;

		Cells(Column column) {
			this.column = column;
		}

		private static StyledString.Styler colour(Color colour) {
			return new StyledString.Styler() {
				@Override
				public void applyStyles(TextStyle style) {
					style.foreground = colour;
				}
			};
		}

		@Override
		public void update(ViewerCell cell) {
			StyledString text = text(cell.getElement());
			cell.setText(text.getString());
			StyleRange[] ranges = text.getStyleRanges();
			cell.setStyleRanges(ranges);
			super.update(cell);
		}

		private StyledString text(Object element) {
			if (element instanceof ElementChange change) {
				return switch (column) {
				case WHAT -> new StyledString(marker(change) + change.family() + " " + change.title());
				case OLD -> name(change.oldName(), renamed(change) ? RED : null);
				case NEW -> name(change.newName(), renamed(change) ? GREEN : null);
				};
			}
			if (element instanceof PropertyRow row) {
				return property(row);
			}
			if (element instanceof DiagnosticsHeading) {
				return new StyledString(column == Column.WHAT ? "~ diagnostics" : "");
			}
			if (element instanceof OneSided oneSided) {
				Diagnostic diagnostic = oneSided.diagnostic();
				return switch (column) {
				case WHAT -> new StyledString(diagnostic.severityWord() + " [" + diagnostic.check() + "]");
				case OLD -> oneSided.removed() ? new StyledString(diagnostic.message(), RED) : new StyledString();
				case NEW -> oneSided.removed() ? new StyledString() : new StyledString(diagnostic.message(), GREEN);
				};
			}
			return new StyledString();
		}

		private static String marker(ElementChange change) {
			return switch (change.kind()) {
			case ADDED -> "+ ";
			case REMOVED -> "- ";
			default -> "~ ";
			};
		}

		/** Whether the element has another name on each side: added, removed, replaced, or the two proposals' own. */
		private static boolean renamed(ElementChange change) {
			return change.oldName() == null || !change.oldName().equals(change.newName());
		}

		private static StyledString name(String name, StyledString.Styler styler) {
			return name == null ? new StyledString("(none)") : new StyledString(name, styler);
		}

		private StyledString property(PropertyRow row) {
			PropertyChange property = row.property();
			if (column == Column.WHAT) {
				return new StyledString("    " + property.property());
			}
			StyledString text = new StyledString();
			boolean old = column == Column.OLD;
			if (property.isText()) {
				WordDiff.Part own = old ? WordDiff.Part.REMOVED : WordDiff.Part.ADDED;
				for (WordDiff.Piece piece : property.words()) {
					if (piece.part() == WordDiff.Part.SAME || piece.part() == own) {
						text.append(text.length() == 0 ? "" : " ");
						text.append(piece.text(), piece.part() == WordDiff.Part.SAME ? null : old ? STRUCK : GREEN);
					}
				}
				return text;
			}
			List<String> values = old ? property.before() : property.after();
			List<String> onlyHere = new ArrayList<>(old ? property.removed() : property.added());
			for (int i = 0; i < values.size(); i++) {
				text.append(i == 0 ? "" : ", ");
				text.append(values.get(i), onlyHere.remove(values.get(i)) ? old ? STRUCK : GREEN : null);
			}
			return text;
		}
	}
}
