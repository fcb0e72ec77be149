package org.proposalstudio.ui.editor.outline;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.proposalstudio.language.ide.symbols.ProposalOutline.OutlineNode;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * Quick Outline (Ctrl+O): the outline in a popup at the caret. Typing filters the names; Enter or a click goes to the
 * chosen one.
 */
public class QuickOutline extends PopupDialog {

	private final ProposalEditor editor;
	private final List<OutlineNode> roots;
	private Text filter;
	private TreeViewer tree;
	private String pattern = "";

	public QuickOutline(ProposalEditor editor) {
		// a title, if empty, so that the popup has a title area, where the filter goes
		super(editor.getSite().getShell(), PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, true, false, false, false, "",
				"Type to filter, Enter to go");
		this.editor = editor;
		this.roots = editor.onText("The quick outline", resource -> editor.services().outline().outline(resource), List.of());
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		GridData layout = new GridData(GridData.FILL_HORIZONTAL);
		filter.setLayoutData(layout);
		filter.addModifyListener(event -> filter(filter.getText()));
		filter.addListener(SWT.DefaultSelection, event -> goToSelected());
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN) {
				tree.getTree().setFocus();
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getControl().setLayoutData(new GridData(GridData.FILL_BOTH));
		OutlineViewers.configure(tree);
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return matches((OutlineNode) element);
			}
		});
		tree.setInput(roots);
		tree.expandAll();
		tree.addOpenListener(event -> goToSelected());
		OutlineNode atCaret = OutlineViewers.innermostAt(roots,
				((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
		if (atCaret != null) {
			tree.setSelection(new StructuredSelection(atCaret), true);
		}
		return tree.getControl();
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(420, 360);
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	/** Shows only the nodes whose names contain {@code text}, with what contains them; selects the first. */
	public void filter(String text) {
		pattern = text.toLowerCase(Locale.ROOT);
		tree.refresh();
		tree.expandAll();
		TreeItem[] items = tree.getTree().getItems();
		OutlineNode first = items.length == 0 ? null : firstMatch((OutlineNode) items[0].getData());
		tree.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first), true);
	}

	/** The names the popup shows now, depth first; for tests. */
	public List<String> visibleNames() {
		return roots.stream().filter(this::matches).flatMap(this::visible).toList();
	}

	/** Goes to the selected node's name in the editor, and closes. */
	public void goToSelected() {
		if (((IStructuredSelection) tree.getSelection()).getFirstElement() instanceof OutlineNode node) {
			close();
			editor.selectAndReveal(node.selection().getOffset(), node.selection().getLength());
		}
	}

	private Stream<String> visible(OutlineNode node) {
		return Stream.concat(Stream.of(node.name()),
				node.children().stream().filter(this::matches).flatMap(this::visible));
	}

	private boolean matches(OutlineNode node) {
		return node.name().toLowerCase(Locale.ROOT).contains(pattern) || node.children().stream().anyMatch(this::matches);
	}

	private OutlineNode firstMatch(OutlineNode node) {
		if (!pattern.isEmpty() && node.name().toLowerCase(Locale.ROOT).contains(pattern)) {
			return node;
		}
		return node.children().stream().filter(this::matches).map(this::firstMatch).filter(found -> found != null).findFirst()
				.orElse(pattern.isEmpty() ? node : null);
	}
}
