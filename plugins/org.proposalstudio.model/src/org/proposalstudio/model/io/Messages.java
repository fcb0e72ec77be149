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
		// nearly every message has nothing to escape, and there are as many as findings: find that out cheaply
		int first = 0;
		while (first < message.length() && !mustEscape(message.charAt(first))) {
			first++;
		}
		if (first == message.length()) {
			return message;
		}
		StringBuilder line = new StringBuilder(message.length() + 16).append(message, 0, first);
		for (int i = first; i < message.length(); i++) {
			char c = message.charAt(i);
			if (mustEscape(c)) {
				line.append(escape(c));
			} else {
				line.append(c);
			}
		}
		return line.toString();
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
	 * Whether a character must not appear raw in a one-line message: line ends and other C0 and C1 control characters,
	 * DEL, the line and paragraph separators, and the invisible characters that reorder text (bidirectional controls),
	 * which could make a message read differently from what it says.
	 */
	private static boolean mustEscape(char c) {
		// printable ASCII is all most messages hold: one comparison each
		return c < 0x20 || c >= 0x7F && mustEscapeBeyondAscii(c);
	}

	private static boolean mustEscapeBeyondAscii(char c) {
		return c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
				|| c == '\uFEFF';
	}

	/** The escape of a character that {@linkplain #mustEscape must not appear raw}. */
	private static String escape(char c) {
		return switch (c) {
		case '\n' -> "\\n";
		case '\r' -> "\\r";
		case '\t' -> "\\t";
		default -> String.format("\\u%04X", (int) c);
		};
	}
}
