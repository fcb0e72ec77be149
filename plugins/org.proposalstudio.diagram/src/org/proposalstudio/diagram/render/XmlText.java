package org.proposalstudio.diagram.render;

/**
 * Text as an XML or HTML document holds it, in an element or a quoted attribute: markup escaped, and the characters no
 * XML document may hold (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF), which
 * a label or a text taken from a string literal may contain, replaced by U+FFFD, so that no input makes a drawing or a
 * page malformed.
 */
public final class XmlText {

	private XmlText() {
	}

	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					escaped.append(c).append(text.charAt(++i));
				} else if (!isAllowed(c)) {
					escaped.append('\uFFFD');
				} else {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}

	/**
	 * The text with only the characters no XML document may hold replaced, markup left as it is: for a writer that escapes
	 * markup itself (EMF's XMI) but would write those characters as references no parser accepts.
	 */
	public static String replaceDisallowed(String text) {
		StringBuilder replaced = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (replaced != null) {
					replaced.append(c).append(text.charAt(i + 1));
				}
				i++;
			} else if (!isAllowed(c)) {
				if (replaced == null) {
					replaced = new StringBuilder(text.length()).append(text, 0, i);
				}
				replaced.append('\uFFFD');
			} else if (replaced != null) {
				replaced.append(c);
			}
		}
		return replaced == null ? text : replaced.toString();
	}

	/** Whether an XML document may hold the character; a surrogate is judged alone, so a caller lets pairs through. */
	private static boolean isAllowed(char c) {
		return !(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF);
	}
}
