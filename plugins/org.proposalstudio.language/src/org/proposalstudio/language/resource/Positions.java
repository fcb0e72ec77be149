package org.proposalstudio.language.resource;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Lines and columns of offsets in a parsed text, as {@link NodeModelUtils#getLineAndColumn} gives them, also at the very
 * end of a text that ends with a bare carriage return (an old Mac file), where Xtext 2.42 reads past the end of the
 * text and throws: a diagnostic that ends there (an unclosed string, say) lost its position, and with it the whole
 * diagnostic.
 */
public final class Positions {

	private Positions() {
	}

	/** The line just after the node's text, and the column there: where a diagnostic on the node ends. */
	public static int endLine(INode node) {
		return of(node, node.getEndOffset()).getLine();
	}

	public static int endColumn(INode node) {
		return of(node, node.getEndOffset()).getColumn();
	}

	public static LineAndColumn of(INode anyNode, int offset) {
		String text = anyNode.getRootNode().getText();
		if (offset > 0 && offset == text.length() && text.charAt(offset - 1) == '\r') {
			// just after a line break: the start of the line that follows it
			return LineAndColumn.from(NodeModelUtils.getLineAndColumn(anyNode, offset - 1).getLine() + 1, 1);
		}
		return NodeModelUtils.getLineAndColumn(anyNode, offset);
	}
}
