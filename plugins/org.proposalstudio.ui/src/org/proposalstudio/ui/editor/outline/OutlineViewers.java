package org.proposalstudio.ui.editor.outline;

import java.util.List;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.proposalstudio.language.ide.symbols.ProposalOutline.OutlineNode;

/** What the outline page and the quick outline show alike: the symbols' tree, each named and, in grey, its kind. */
final class OutlineViewers {

	private OutlineViewers() {
	}

	static void configure(TreeViewer viewer) {
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
	}

	/** The node, among {@code roots} and below, that holds {@code offset} most closely. */
	static OutlineNode innermostAt(List<OutlineNode> roots, int offset) {
		return roots.stream().map(root -> root.innermostAt(offset)).filter(node -> node != null).findFirst().orElse(null);
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}

	/** Whether two outlines show the same labels in the same tree, wherever their nodes are in the text. */
	static boolean sameLabels(List<OutlineNode> these, List<OutlineNode> those) {
		if (these.size() != those.size()) {
			return false;
		}
		for (int i = 0; i < these.size(); i++) {
			if (!text(these.get(i)).equals(text(those.get(i))) || !sameLabels(these.get(i).children(), those.get(i).children())) {
				return false;
			}
		}
		return true;
	}

	static String text(OutlineNode node) {
		return node.detail() == null ? node.name() : node.name() + " : " + node.detail();
	}

	private static final class Labels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			OutlineNode node = (OutlineNode) element;
			StyledString text = new StyledString(node.name());
			if (node.detail() != null) {
				text.append(" : " + node.detail(), StyledString.DECORATIONS_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return text((OutlineNode) element);
		}
	}
}
