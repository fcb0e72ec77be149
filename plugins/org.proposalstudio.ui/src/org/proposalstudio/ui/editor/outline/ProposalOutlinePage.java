package org.proposalstudio.ui.editor.outline;

import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.proposalstudio.language.ide.symbols.ProposalOutline.OutlineNode;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * The Outline view's page for a proposal editor: the document symbols of the language's services, renewed after each
 * reconcile, and linked with the editor both ways: selecting a node selects its name in the text, moving the caret
 * selects the node it is in.
 */
public class ProposalOutlinePage extends ContentOutlinePage {

	private final ProposalEditor editor;
	private ProposalEditor.ModelListener modelListener;
	private final ISelectionChangedListener caretListener = this::caretMoved;
	private boolean followingCaret;
	private List<OutlineNode> roots = List.of();

	public ProposalOutlinePage(ProposalEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		OutlineViewers.configure(getTreeViewer());
		show(editor.onText("The outline", resource -> editor.services().outline().outline(resource), List.of()));
		modelListener = editor.followModel("The outline", resource -> editor.services().outline().outline(resource), this::show);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretListener);
		}
	}

	/** The nodes shown now; for tests. */
	public List<OutlineNode> roots() {
		return roots;
	}

	private void show(List<OutlineNode> nodes) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		boolean sameLabels = OutlineViewers.sameLabels(roots, nodes);
		roots = nodes;
		if (sameLabels) {
			// typing mostly moves what the outline shows: building its items again would stall a long file's editor
			rebind(viewer.getTree().getItems(), nodes);
			return;
		}
		followingCaret = true;
		try {
			viewer.setInput(nodes);
			viewer.expandAll();
		} finally {
			followingCaret = false;
		}
	}

	/**
	 * Gives the items the nodes of the same labels, with their new offsets, as the viewer associates an element with its
	 * item (it keeps no map of them). The children of a node never expanded have no items yet.
	 */
	private static void rebind(TreeItem[] items, List<OutlineNode> nodes) {
		for (int i = 0; i < items.length && i < nodes.size(); i++) {
			if (items[i].getData() != null) {
				items[i].setData(nodes.get(i));
				rebind(items[i].getItems(), nodes.get(i).children());
			}
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!followingCaret && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.selection().getOffset(), node.selection().getLength());
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !(event.getSelection() instanceof ITextSelection text)) {
			return;
		}
		OutlineNode node = OutlineViewers.innermostAt(roots, text.getOffset());
		if (node != null && !node.equals(((IStructuredSelection) viewer.getSelection()).getFirstElement())) {
			followingCaret = true;
			try {
				viewer.setSelection(new StructuredSelection(node), true);
			} finally {
				followingCaret = false;
			}
		}
	}

	@Override
	public void dispose() {
		if (modelListener != null) {
			editor.removeModelListener(modelListener);
		}
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}
}
