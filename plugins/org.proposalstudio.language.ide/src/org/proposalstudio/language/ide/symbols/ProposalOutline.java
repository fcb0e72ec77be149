package org.proposalstudio.language.ide.symbols;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.TextPositions;

import com.google.inject.Inject;

/** The outline of a proposal file: the ide services' hierarchical document symbols, in offsets. */
public class ProposalOutline {

	/**
	 * A symbol: its name, what it is ({@code human}, {@code promising}, ...), the text it spans and the part of it to
	 * select (its name), and what it contains.
	 */
	public record OutlineNode(String name, String detail, ITextRegion range, ITextRegion selection, List<OutlineNode> children) {

		/** The innermost node, this one or one below, whose text holds {@code offset}; or {@code null}. */
		public OutlineNode innermostAt(int offset) {
			if (offset < range.getOffset() || offset > range.getOffset() + range.getLength()) {
				return null;
			}
			for (OutlineNode child : children) {
				OutlineNode found = child.innermostAt(offset);
				if (found != null) {
					return found;
				}
			}
			return this;
		}
	}

	@Inject
	private HierarchicalDocumentSymbolService symbols;

	public List<OutlineNode> outline(XtextResource resource) {
		TextPositions positions = new TextPositions(Documents.textOf(resource));
		return symbols.getSymbols(resource, CancelIndicator.NullImpl).stream().map(symbol -> node(positions, symbol)).toList();
	}

	private static OutlineNode node(TextPositions positions, DocumentSymbol symbol) {
		List<OutlineNode> children = symbol.getChildren() == null ? List.of()
				: symbol.getChildren().stream().map(child -> node(positions, child)).toList();
		return new OutlineNode(symbol.getName(), symbol.getDetail(), positions.regionOf(symbol.getRange()),
				positions.regionOf(symbol.getSelectionRange()), children);
	}
}
