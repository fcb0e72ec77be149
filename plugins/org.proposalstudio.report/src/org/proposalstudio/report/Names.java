package org.proposalstudio.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives file names and anchors that are safe in a relative link and unique: letters, digits, '-' and '_' only (names
 * may hold primes and Greek letters), and unique also where a file system ignores case. A name already given gets
 * "-2", "-3", ....
 */
public final class Names {

	private final Set<String> taken = new HashSet<>();

	/** Names that are given already, e.g. {@code index} for the index page. */
	public Names(String... reserved) {
		for (String name : reserved) {
			taken.add(name.toLowerCase(Locale.ROOT));
		}
	}

	/** A unique name made from {@code wanted}. */
	public String unique(String wanted) {
		String base = safe(wanted);
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
			name = base + "-" + i;
		}
		return name;
	}

	/** {@code wanted} with every character other than ASCII letters, digits, '-' and '_' as '_'; never empty. */
	public static String safe(String wanted) {
		StringBuilder safe = new StringBuilder();
		if (wanted != null) {
			for (char c : wanted.toCharArray()) {
				boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
				safe.append(allowed ? c : '_');
			}
		}
		return safe.isEmpty() ? "unnamed" : safe.toString();
	}
}
