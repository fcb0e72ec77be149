package org.proposalstudio.language.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Formats the space between two tokens that holds comments so that formatting a formatted file changes nothing. Xtext
 * applies the region's line breaks and indentation to one whitespace, the first that contains a line break, and that
 * choice moved from pass to pass:
 * <ul>
 * <li>a line comment carries its own line end, so after {@code // a} Xtext chose a later whitespace, and a comment
 * that formatting had indented lost its indentation the second time. The whitespace that starts a line counts here
 * too, and so does the one before a block comment of several lines, which Xtext puts on a line of its own;</li>
 * <li>where the region asks for no line break, Xtext removed that whitespace's, and the next pass chose the next one
 * and removed it too. Among comments the chosen whitespace keeps its line break.</li>
 * </ul>
 */
final class LineStartHiddenRegionReplacer extends HiddenRegionReplacer {

	LineStartHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyHiddenRegionFormatting(List<ITextReplacer> replacers) {
		super.applyHiddenRegionFormatting(replacers);
		WhitespaceReplacer separator = findWhitespaceThatSeparatesSemanticRegions(replacers);
		IHiddenRegionFormatting formatting = separator.getFormatting();
		if (separator.getRegion().isMultiline() && (formatting.getNewLineMax() == null || formatting.getNewLineMax() < 1)) {
			formatting.setNewLinesMin(1);
			formatting.setNewLinesDefault(1);
			formatting.setNewLinesMax(1);
		}
	}

	@Override
	protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
		for (int i = 0; i < replacers.size(); i++) {
			if (replacers.get(i) instanceof WhitespaceReplacer whitespace && (whitespace.getRegion().isMultiline()
					|| startsLine(whitespace.getRegion()) || beforeMultilineComment(whitespace, replacers, i))) {
				return whitespace;
			}
		}
		return (WhitespaceReplacer) replacers.get(replacers.size() - 1);
	}

	/** A block comment of several lines starts a line of its own (after the start of the file), which Xtext enforces. */
	private static boolean beforeMultilineComment(WhitespaceReplacer whitespace, List<ITextReplacer> replacers, int index) {
		return whitespace.getRegion().getOffset() > 0 && index + 1 < replacers.size()
				&& replacers.get(index + 1) instanceof MultilineCommentReplacer comment && comment.getComment().isMultiline();
	}

	/** Whether the text starts a line after the first (at column 0, after a line end). */
	static boolean startsLine(ITextSegment text) {
		int offset = text.getOffset();
		return offset > 0 && text.getTextRegionAccess().textForOffset(offset - 1, 1).equals("\n");
	}
}
