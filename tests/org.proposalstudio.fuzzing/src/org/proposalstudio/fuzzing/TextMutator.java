package org.proposalstudio.fuzzing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates proposal text the way an unfriendly user or a broken tool would, knowing its structure: it works on the
 * language's tokens (names, keywords, numbers, strings, comments, punctuation) and lines, and knows the constructs
 * that once broke the command line (line ends, huge numbers and unrollings, repeated declarations, chains and cycles of
 * extends, hostile characters in strings). Some mutations work on the bytes, as a damaged file would be.
 */
final class TextMutator {

	private static final Pattern TOKEN = Pattern.compile(
			"(?<space>[ \\t\\r\\n]+)|(?<comment>//[^\\r\\n]*|/\\*.*?\\*/)|(?<string>\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\")"
					+ "|(?<name>\\^?[A-Za-z_\\u0370-\\u03FF][A-Za-z_0-9\\u0370-\\u03FF-]*'*)|(?<number>[0-9]+)|(?<other>.)",
			Pattern.DOTALL);

	private static final List<String> NUMBERS = List.of("0", "1", "2", "3", "7", "20", "50", "51", "999", "20001", "2147483647",
			"2147483648", "99999999999999999999");

	/** Strings as proposal text writes them, quotes included: escapes of control characters, raw hostile characters. */
	private static final List<String> STRINGS = List.of("\"\"", "\"\\u0000\"", "\"\\u0007 bell\"", "\"\u0001\u001B[31m\"",
			"\"line\nbreak\"", "\"cr\rcr\"", "\"\u2028separated\u2029\"", "\"\u202Eevil\u202C\"", "\"\\\"quoted\\\"\"",
			"\"back\\\\slash\"", "\"\\uD800 lone\"", "\"\uFEFFbom\"", "\"<script>&amp;'\"", "\"" + "long ".repeat(2000) + "\"",
			"\"unclosed", "\"\\");

	private static final List<String> INSERTIONS = List.of("/*", "*/", "//", "\"", "{", "}", "(", ")", ",", ":", "->", "<->", "'",
			"^", "#", "\u0000", "\uFEFF", "\u00A0", "Amp(", "Amp(M)", "\r", "\r\n", "\t", "{".repeat(500), "}".repeat(500),
			"x".repeat(5000), "M" + "'".repeat(300));

	private final List<String> keywords;
	private final List<String> donorLines;
	private final List<BiFunction<String, Random, String>> mutations = List.of(this::deleteToken, this::duplicateToken,
			this::swapTokens, this::replaceName, this::replaceNumber, this::replaceString, this::insert, this::duplicateLine,
			this::deleteLine, this::swapLines, this::spliceLine, this::changeLineEnds, this::growUnrolling, this::truncate);
	/** Mutations that make an input much larger, and so much slower to try: one mutation in {@value #GROWTH_ODDS}. */
	private final List<BiFunction<String, Random, String>> growth = List.of(this::extendsChain, this::extendsCycle, this::manyProposals);
	private static final int GROWTH_ODDS = 40;

	/**
	 * @param keywords   the grammar's keywords, to put in the place of names and the other way round
	 * @param donorLines lines of other files, to splice in
	 */
	TextMutator(List<String> keywords, List<String> donorLines) {
		this.keywords = List.copyOf(keywords);
		this.donorLines = List.copyOf(donorLines);
	}

	/** One to four mutations of {@code text}, chosen by {@code random}; now and then its bytes are damaged too. */
	byte[] mutate(String text, Random random) {
		String mutated = text;
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			List<BiFunction<String, Random, String>> kind = random.nextInt(GROWTH_ODDS) == 0 ? growth : mutations;
			mutated = kind.get(random.nextInt(kind.size())).apply(mutated, random);
		}
		byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
		return random.nextInt(10) == 0 ? corruptBytes(bytes, random) : bytes;
	}

	// ---------------------------------------------------------------- tokens

	private record Token(String kind, String text) {
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			for (String kind : List.of("space", "comment", "string", "name", "number", "other")) {
				if (matcher.group(kind) != null) {
					tokens.add(new Token(kind, matcher.group(kind)));
					break;
				}
			}
		}
		return tokens;
	}

	private static String join(List<Token> tokens) {
		StringBuilder text = new StringBuilder();
		tokens.forEach(token -> text.append(token.text()));
		return text.toString();
	}

	/** The index of a random token that is not whitespace, or -1. */
	private static int someToken(List<Token> tokens, Random random, String kind) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (kind == null ? !tokens.get(i).kind().equals("space") : tokens.get(i).kind().equals(kind)) {
				candidates.add(i);
			}
		}
		return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
	}

	private String deleteToken(String text, Random random) {
		List<Token> tokens = tokens(text);
		int i = someToken(tokens, random, null);
		if (i >= 0) {
			tokens.remove(i);
		}
		return join(tokens);
	}

	private String duplicateToken(String text, Random random) {
		List<Token> tokens = tokens(text);
		int i = someToken(tokens, random, null);
		if (i >= 0) {
			tokens.add(i, new Token("space", " "));
			tokens.add(i, tokens.get(i + 1));
		}
		return join(tokens);
	}

	private String swapTokens(String text, Random random) {
		List<Token> tokens = tokens(text);
		int i = someToken(tokens, random, null);
		int j = someToken(tokens, random, null);
		if (i >= 0 && j >= 0) {
			Token first = tokens.get(i);
			tokens.set(i, tokens.get(j));
			tokens.set(j, first);
		}
		return join(tokens);
	}

	/** A name becomes a keyword or another name of the file, or a keyword becomes a name. */
	private String replaceName(String text, Random random) {
		return replaceToken(text, "name", tokens -> {
			int other = someToken(tokens, random, "name");
			return random.nextBoolean() || other < 0 ? keywords.get(random.nextInt(keywords.size())) : tokens.get(other).text();
		}, random);
	}

	private String replaceNumber(String text, Random random) {
		return replaceToken(text, "number", tokens -> NUMBERS.get(random.nextInt(NUMBERS.size())), random);
	}

	private String replaceString(String text, Random random) {
		return replaceToken(text, "string", tokens -> STRINGS.get(random.nextInt(STRINGS.size())), random);
	}

	/** A random token of the kind, replaced by what {@code replacement} makes of the file's tokens. */
	private static String replaceToken(String text, String kind, Function<List<Token>, String> replacement, Random random) {
		List<Token> tokens = tokens(text);
		int i = someToken(tokens, random, kind);
		if (i >= 0) {
			tokens.set(i, new Token(kind, replacement.apply(tokens)));
		}
		return join(tokens);
	}

	private String insert(String text, Random random) {
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + INSERTIONS.get(random.nextInt(INSERTIONS.size())) + text.substring(at);
	}

	// ---------------------------------------------------------------- lines

	private static List<String> lines(String text) {
		return new ArrayList<>(List.of(text.split("\n", -1)));
	}

	private String duplicateLine(String text, Random random) {
		List<String> lines = lines(text);
		int i = random.nextInt(lines.size());
		lines.add(i, lines.get(i));
		return String.join("\n", lines);
	}

	private String deleteLine(String text, Random random) {
		List<String> lines = lines(text);
		lines.remove(random.nextInt(lines.size()));
		return String.join("\n", lines);
	}

	private String swapLines(String text, Random random) {
		List<String> lines = lines(text);
		int i = random.nextInt(lines.size());
		int j = random.nextInt(lines.size());
		String first = lines.get(i);
		lines.set(i, lines.get(j));
		lines.set(j, first);
		return String.join("\n", lines);
	}

	private String spliceLine(String text, Random random) {
		List<String> lines = lines(text);
		lines.add(random.nextInt(lines.size() + 1), donorLines.get(random.nextInt(donorLines.size())));
		return String.join("\n", lines);
	}

	private String changeLineEnds(String text, Random random) {
		String[] ends = { "\r", "\r\n", "\n" };
		String lf = text.replace("\r\n", "\n").replace('\r', '\n');
		return random.nextInt(4) == 0 ? mixedLineEnds(lf, random) : lf.replace("\n", ends[random.nextInt(ends.length)]);
	}

	private static String mixedLineEnds(String text, Random random) {
		String[] ends = { "\r", "\r\n", "\n" };
		StringBuilder mixed = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			mixed.append(line).append(ends[random.nextInt(ends.length)]);
		}
		return mixed.toString();
	}

	// ---------------------------------------------------------------- sizes and structure

	/** An unrolling made deep or broad, or a figure given one. */
	private String growUnrolling(String text, Random random) {
		String[] kinds = { "limit", "debate", "versions", "nested" };
		String unrolling = "unroll " + kinds[random.nextInt(kinds.length)] + " depth " + NUMBERS.get(random.nextInt(NUMBERS.size()))
				+ (random.nextBoolean() ? " breadth " + NUMBERS.get(random.nextInt(NUMBERS.size())) : "");
		Matcher existing = Pattern.compile("unroll \\w+ depth \\d+( breadth \\d+)?").matcher(text);
		if (existing.find()) {
			return existing.replaceFirst(unrolling);
		}
		int brace = text.lastIndexOf('}');
		return brace < 0 ? text : text.substring(0, brace) + "\tfigure grown { " + unrolling + " }\n" + text.substring(brace);
	}

	/** Proposals that extend the first one and each other, a long chain. */
	private String extendsChain(String text, Random random) {
		Matcher first = Pattern.compile("proposal\\s+(\\^?\\w+)").matcher(text);
		String base = first.find() ? first.group(1) : "Base";
		int length = new int[] { 2, 2, 50, 50, 500, 500, 2_000, 12_000 }[random.nextInt(8)];
		StringBuilder chain = new StringBuilder(text).append('\n');
		for (int i = 0; i < length; i++) {
			chain.append("proposal Chained").append(i).append(" extends ").append(i == 0 ? base : "Chained" + (i - 1)).append(" { }\n");
		}
		return chain.toString();
	}

	/** A cycle of extends, of two proposals or of many. */
	private String extendsCycle(String text, Random random) {
		int length = random.nextBoolean() ? 2 : 500;
		StringBuilder cycle = new StringBuilder(text).append('\n');
		for (int i = 0; i < length; i++) {
			cycle.append("proposal Cycle").append(i).append(" extends Cycle").append((i + 1) % length).append(" { deploy M }\n");
		}
		return cycle.toString();
	}

	/** The file's first proposal many times over: the same name, or numbered names. */
	private String manyProposals(String text, Random random) {
		int count = new int[] { 2, 2, 100, 100, 3_000 }[random.nextInt(5)];
		boolean sameName = random.nextBoolean();
		StringBuilder many = new StringBuilder(text);
		for (int i = 0; i < count; i++) {
			many.append("\nproposal ").append(sameName ? "Same" : "Numbered" + i).append(" { model M deploy M }");
		}
		return many.toString();
	}

	private String truncate(String text, Random random) {
		return text.isEmpty() ? text : text.substring(0, random.nextInt(text.length()));
	}

	// ---------------------------------------------------------------- bytes

	/** Damages the bytes as a broken tool would: an invalid UTF-8 byte, a NUL, a byte order mark, UTF-16. */
	private static byte[] corruptBytes(byte[] bytes, Random random) {
		return switch (random.nextInt(4)) {
		case 0 -> replaceByte(bytes, random, (byte) (0x80 + random.nextInt(0x80)));
		case 1 -> replaceByte(bytes, random, (byte) 0);
		case 2 -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, bytes);
		default -> new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
		};
	}

	private static byte[] replaceByte(byte[] bytes, Random random, byte value) {
		byte[] copy = bytes.length == 0 ? new byte[1] : bytes.clone();
		copy[random.nextInt(copy.length)] = value;
		return copy;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
