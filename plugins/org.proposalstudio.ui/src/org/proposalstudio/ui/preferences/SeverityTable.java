package org.proposalstudio.ui.preferences;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.xtext.diagnostics.Severity;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.checks.Severities;

/**
 * Every check of the paper with its severity, which a click on the severity changes: the same table for the workspace's
 * preferences and for a project's own settings.
 */
public final class SeverityTable {

	/** The choices, strongest first, in the words proposals.properties uses. */
	static final String[] SEVERITIES = Arrays
			.stream(new Severity[] { Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.IGNORE })
			.map(Severities::toPreference).toArray(String[]::new);

	private final TableViewer viewer;
	private final Map<PaperCheck, String> severities = new LinkedHashMap<>();

	SeverityTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		column("Check", 250, PaperCheck::id);
		column("Severity", 80, severities::get).setEditingSupport(new SeverityEditing());
		column("§", 100, check -> String.join(", ", check.sections()));
		column("What it flags", 560, PaperCheck::flags);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(PaperCheck.values());
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 330).applyTo(viewer.getControl());
		// the table is too narrow for what a check flags: the selected one reads in full below it
		Label selected = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(selected);
		viewer.addSelectionChangedListener(event -> selected.setText(
				event.getStructuredSelection().getFirstElement() instanceof PaperCheck check ? explanation(check) : ""));
		selected.setText("Select a check to read what it flags; click its severity to change it ('ignore' switches it off).");
	}

	private static String explanation(PaperCheck check) {
		return check.id() + " flags " + check.flags() + " (" + check.citedSections() + ").";
	}

	public Map<PaperCheck, String> severities() {
		return Map.copyOf(severities);
	}

	void setSeverities(Map<PaperCheck, String> shown) {
		severities.putAll(shown);
		viewer.refresh();
	}

	/** What choosing a severity in the table does. */
	public void setSeverity(PaperCheck check, String severity) {
		severities.put(check, severity);
		viewer.update(check, null);
	}

	void setEnabled(boolean enabled) {
		viewer.getControl().setEnabled(enabled);
	}

	private TableViewerColumn column(String title, int width, Function<PaperCheck, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PaperCheck) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return explanation((PaperCheck) element);
			}
		});
		return column;
	}

	private final class SeverityEditing extends EditingSupport {

		private final ComboBoxViewerCellEditor editor;

		SeverityEditing() {
			super(viewer);
			editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setInput(SEVERITIES);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return severities.get(element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof String severity) {
				setSeverity((PaperCheck) element, severity);
			}
		}
	}
}
