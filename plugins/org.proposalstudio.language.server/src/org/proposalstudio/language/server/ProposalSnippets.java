package org.proposalstudio.language.server;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.TextRegion;

/**
 * Completion as the ide services propose it, with the templates as snippets: each edit position of a template is a
 * tab stop with its default text, and the template's cursor the final one, as an editor expects of a snippet.
 */
public class ProposalSnippets extends ContentAssistService {

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition, Document document) {
		CompletionItem item = super.toCompletionItem(entry, caretOffset, caretPosition, document);
		if (entry.getEditPositions().isEmpty() && entry.getEscapePosition() == null || item.getTextEdit() == null) {
			return item;
		}
		int start = caretOffset - (entry.getPrefix() == null ? 0 : entry.getPrefix().length());
		item.getTextEdit().getLeft().setNewText(snippet(entry.getProposal(), start, entry.getEditPositions(), entry.getEscapePosition()));
		item.setInsertTextFormat(InsertTextFormat.Snippet);
		return item;
	}

	/** The text with its fields as {@code ${n:default}} and the cursor as {@code $0}; offsets are the document's. */
	static String snippet(String text, int start, List<TextRegion> fields, Integer cursor) {
		StringBuilder snippet = new StringBuilder();
		List<TextRegion> ordered = fields.stream().sorted(Comparator.comparingInt(TextRegion::getOffset)).toList();
		int copied = 0;
		int field = 0;
		int cursorAt = cursor == null ? -1 : cursor - start;
		for (int i = 0; i <= text.length(); i++) {
			if (i == cursorAt && (field >= ordered.size() || ordered.get(field).getOffset() - start != i)) {
				escape(snippet, text.substring(copied, i)).append("$0");
				copied = i;
			}
			if (field < ordered.size() && ordered.get(field).getOffset() - start == i) {
				TextRegion region = ordered.get(field++);
				escape(snippet, text.substring(copied, i)).append("${").append(fields.indexOf(region) + 1).append(':');
				escape(snippet, text.substring(i, i + region.getLength())).append('}');
				copied = i + region.getLength();
				i = copied - 1;
			}
		}
		return escape(snippet, text.substring(copied)).toString();
	}

	private static StringBuilder escape(StringBuilder snippet, String text) {
		return snippet.append(text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}"));
	}
}
