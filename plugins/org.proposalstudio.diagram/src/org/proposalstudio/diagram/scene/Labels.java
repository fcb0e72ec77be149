package org.proposalstudio.diagram.scene;

import org.proposalstudio.model.proposal.Participant;

/** How diagrams write names: as the paper does, M′ and M″ with primes, Alice₂ and M₀ with subscripts. */
public final class Labels {

	private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

	private Labels() {
	}

	/** The participant's label if it has one, else its name in the paper's notation. */
	public static String of(Participant participant) {
		return participant.getLabel() != null ? participant.getLabel() : notation(participant.getName());
	}

	/** Trailing digits become subscripts and quote marks primes, inside Amp(...) too. */
	public static String notation(String name) {
		if (name.startsWith("Amp(") && name.endsWith(")")) {
			return "Amp(" + notation(name.substring(4, name.length() - 1)) + ")";
		}
		int primes = 0;
		while (primes < name.length() && name.charAt(name.length() - 1 - primes) == '\'') {
			primes++;
		}
		String base = name.substring(0, name.length() - primes);
		int digits = 0;
		while (digits < base.length() - 1 && Character.isDigit(base.charAt(base.length() - 1 - digits))) {
			digits++;
		}
		StringBuilder label = new StringBuilder(base.substring(0, base.length() - digits));
		base.substring(base.length() - digits).chars().forEach(digit -> label.append(SUBSCRIPTS.charAt(digit - '0')));
		return label + primes(primes);
	}

	/** The k-th earlier version of a model in a limit tree: M, M′, M″, M‴, then M⁽⁴⁾... */
	public static String version(String model, int age) {
		return notation(model) + (age <= 3 ? primes(age) : "⁽" + superscript(age) + "⁾");
	}

	private static String primes(int count) {
		return switch (count) {
		case 0 -> "";
		case 1 -> "′";
		case 2 -> "″";
		case 3 -> "‴";
		default -> "′".repeat(count);
		};
	}

	private static String superscript(int number) {
		String superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
		StringBuilder result = new StringBuilder();
		String.valueOf(number).chars().forEach(digit -> result.append(superscripts.charAt(digit - '0')));
		return result.toString();
	}
}
