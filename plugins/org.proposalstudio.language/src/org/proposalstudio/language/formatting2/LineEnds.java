package org.proposalstudio.language.formatting2;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Old Mac line ends ({@code \r} alone) between the tokens of a parsed text. The language reads them as line ends, but
 * Xtext's formatter counts lines by {@code \n} only: it took a comment after one for the end of the line before and
 * indented it with that line, then differently once formatted. So the text is formatted with {@code \n} there instead.
 * A line end inside a string is part of its value, and is kept.
 */
public final class LineEnds {

	private LineEnds() {
	}

	/** The text of the parsed root, with each old Mac line end between tokens made {@code \n}; the same text if none. */
	public static String withoutOldMacLineEnds(INode root) {
		String text = root.getText();
		if (!hasOldMacLineEnd(text)) {
			return text;
		}
		StringBuilder unix = new StringBuilder(text.length());
		for (ILeafNode leaf : root.getLeafNodes()) {
			String part = leaf.getText();
			unix.append(leaf.isHidden() && hasOldMacLineEnd(part) ? part.replaceAll("\r(?!\n)", "\n") : part);
		}
		return unix.toString();
	}

	private static boolean hasOldMacLineEnd(String text) {
		for (int at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
			if (at + 1 == text.length() || text.charAt(at + 1) != '\n') {
				return true;
			}
		}
		return false;
	}
}
