package org.proposalstudio.fuzzing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates an XMI proposal model the way another tool, or a hand, might break it, knowing XMI's structure: attribute
 * values (names the language cannot write, wrong numbers, characters XML cannot hold), references (to other elements,
 * other kinds, missing elements, other files), element types and tags, whole elements, the root, the namespace, and
 * the XML itself (a document type, truncation).
 */
final class XmiMutator {

	private static final Pattern ATTRIBUTE = Pattern.compile(" (\\w+)=\"([^\"]*)\"");
	private static final Pattern REFERENCE = Pattern.compile("\"(//@[\\w./@]+)\"");
	private static final Pattern TYPE = Pattern.compile("xsi:type=\"proposal:(\\w+)\"");
	private static final Pattern ELEMENT = Pattern.compile("(?m)^\\s*<(\\w+)[^\\n]*(/>|>)$");

	private static final List<String> VALUES = List.of("", "H H", "1abc", "Amp(M", "Amp(Amp(M))", "signal", "^model", "-1",
			"2147483648", "3.x", "..", "a\"b", "&lt;tag&gt;", "&#x1;", "&#x0;", "&#xD800;", "&#x2028;", "\u202Eevil",
			"x".repeat(10_000), "M'''", "π");
	private static final List<String> TYPES = List.of("Human", "Model", "Agent", "RewardModel", "Debater", "AmplifiedModel",
			"Environment", "Dataset", "Question", "Answer", "Proposal", "Oversight", "Figure", "Nothing");

	private final List<BiFunction<String, Random, String>> mutations = List.of(this::replaceValue, this::redirectReference,
			this::retype, this::duplicateElement, this::deleteElement, this::renameTag, this::replaceRoot, this::changeNamespace,
			this::addDocumentType, this::truncate, this::deepen);

	byte[] mutate(String xmi, Random random) {
		String mutated = xmi;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			mutated = mutations.get(random.nextInt(mutations.size())).apply(mutated, random);
		}
		return mutated.getBytes(StandardCharsets.UTF_8);
	}

	private static MatchResult some(Pattern pattern, String text, Random random) {
		List<MatchResult> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			matches.add(matcher.toMatchResult());
		}
		return matches.isEmpty() ? null : matches.get(random.nextInt(matches.size()));
	}

	private static String replace(String text, MatchResult match, int group, String replacement) {
		return text.substring(0, match.start(group)) + replacement + text.substring(match.end(group));
	}

	private String replaceValue(String xmi, Random random) {
		MatchResult attribute = some(ATTRIBUTE, xmi, random);
		return attribute == null ? xmi : replace(xmi, attribute, 2, VALUES.get(random.nextInt(VALUES.size())));
	}

	/** A reference to another element (of another kind, perhaps), to none, or into a file that is not there. */
	private String redirectReference(String xmi, Random random) {
		MatchResult reference = some(REFERENCE, xmi, random);
		if (reference == null) {
			return xmi;
		}
		String[] targets = { "//@proposals.0/@participants." + random.nextInt(8), "//@proposals.0/@signals.0", "//@proposals.0",
				"//@proposals.9/@participants.0", "/", "other.xmi#//@proposals.0/@participants.0", "//@nowhere.0", "" };
		return replace(xmi, reference, 1, targets[random.nextInt(targets.length)]);
	}

	private String retype(String xmi, Random random) {
		MatchResult type = some(TYPE, xmi, random);
		return type == null ? xmi : replace(xmi, type, 1, TYPES.get(random.nextInt(TYPES.size())));
	}

	private String duplicateElement(String xmi, Random random) {
		MatchResult element = someLeaf(xmi, random);
		return element == null ? xmi : xmi.substring(0, element.end()) + "\n" + element.group() + xmi.substring(element.end());
	}

	private String deleteElement(String xmi, Random random) {
		MatchResult element = someLeaf(xmi, random);
		return element == null ? xmi : xmi.substring(0, element.start()) + xmi.substring(element.end());
	}

	/** An element that is closed on its own line, so that copying or removing it keeps the XML well-formed. */
	private static MatchResult someLeaf(String xmi, Random random) {
		List<MatchResult> leaves = new ArrayList<>();
		Matcher matcher = ELEMENT.matcher(xmi);
		while (matcher.find()) {
			if (matcher.group(2).equals("/>")) {
				leaves.add(matcher.toMatchResult());
			}
		}
		return leaves.isEmpty() ? null : leaves.get(random.nextInt(leaves.size()));
	}

	/** An element of a feature the metamodel does not have, or of another containment. */
	private String renameTag(String xmi, Random random) {
		MatchResult element = someLeaf(xmi, random);
		if (element == null) {
			return xmi;
		}
		String[] tags = { "unknown", "participants", "figures", "oversights", "limit", "deployment", "proposals" };
		return replace(xmi, element, 1, tags[random.nextInt(tags.length)]);
	}

	private String replaceRoot(String xmi, Random random) {
		String[] roots = { "proposal:Proposal", "proposal:Human", "ecore:EPackage", "proposal:Nothing" };
		return xmi.replace("proposal:ProposalModel", roots[random.nextInt(roots.length)]);
	}

	private String changeNamespace(String xmi, Random random) {
		return xmi.replace("http://www.proposalstudio.org/proposal/1.0", random.nextBoolean() ? "http://example.org/other" : "");
	}

	private String addDocumentType(String xmi, Random random) {
		String doctype = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n";
		int declarationEnd = xmi.indexOf("?>");
		return declarationEnd < 0 ? doctype + xmi : xmi.substring(0, declarationEnd + 2) + "\n" + doctype + xmi.substring(declarationEnd + 2);
	}

	private String truncate(String xmi, Random random) {
		return xmi.isEmpty() ? xmi : xmi.substring(0, random.nextInt(xmi.length()));
	}

	/** Elements nested far deeper than any metamodel feature goes. */
	private String deepen(String xmi, Random random) {
		int depth = random.nextBoolean() ? 50 : 20_000;
		int at = xmi.indexOf("<proposals");
		if (at < 0) {
			return xmi;
		}
		return xmi.substring(0, at) + "<proposals>".repeat(depth) + "</proposals>".repeat(depth) + xmi.substring(at);
	}
}
