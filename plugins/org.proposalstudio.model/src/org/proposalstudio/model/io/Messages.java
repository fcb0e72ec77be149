package org.proposalstudio.model.io;

/**
 * Messages for people and for the tools that parse them: every diagnostic is one line ({@code file:line:column: ...}),
 * so a line break, a Unicode line or paragraph separator or another control character taken from the input (a string
 * literal, a name from an XMI file) is written as an escape, never raw. The language's diagnostics and the command
 * line's findings all pass through {@link #oneLine}.
 */
public final class Messages {

	/** How much of a piece of input a message quotes: enough to recognize it, not a whole string literal. */
	static final int QUOTE_LIMIT = 60;

	private Messages() {
	}

	/** {@code message} with every character that would break or hide part of a line written as an escape. */
	public static String oneLine(String message) {
		if (message == null) {
			return "";
		}
		StringBuilder line = null;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			String escape = escape(c);
			if (escape != null && line == null) {
				line = new StringBuilder(message.length() + 16).append(message, 0, i);
			}
			if (line != null) {
				line.append(escape != null ? escape : String.valueOf(c));
			}
		}
		return line == null ? message : line.toString();
	}

	/**
	 * A piece of input, e.g. a token, as a message quotes it: in single quotes, on one line, and shortened with "..."
	 * when it is long.
	 */
	public static String quote(String input) {
		String text = input == null ? "" : input;
		if (text.codePointCount(0, text.length()) > QUOTE_LIMIT) {
			text = text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)) + "...";
		}
		return "'" + oneLine(text) + "'";
	}

	/**
	 * The escape of a character that must not appear raw in a one-line message, or {@code null}: line ends and other
	 * C0 and C1 control characters, DEL, the line and paragraph separators, and the invisible characters that reorder
	 * text (bidirectional controls), which could make a message read differently from what it says.
	 */
	private static String escape(char c) {
		return switch (c) {
		case '\n' -> "\\n";
		case '\r' -> "\\r";
		case '\t' -> "\\t";
		default -> c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
				|| c >= '\u2066' && c <= '\u2069' || c == '\uFEFF' ? String.format("\\u%04X", (int) c) : null;
		};
	}
}
