package org.proposalstudio.language.ide;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.proposalstudio.model.proposal.ProposalPackage;

/**
 * What kind of thing a declaration is, in the words the language uses for it: what hovers and the outline say, and
 * what semantic highlighting colours a name by.
 */
public enum DeclarationKind {
	PROPOSAL("proposal"),
	HUMAN("human"),
	MODEL("model"),
	AMPLIFIED_MODEL("amplified model"),
	AGENT("agent"),
	REWARD_MODEL("reward model"),
	DEBATER("debater"),
	ENVIRONMENT("environment"),
	DATASET("dataset"),
	QUESTION("question"),
	ANSWER("answer"),
	SIGNAL("training signal"),
	OVERSIGHT("oversight"),
	LIMIT("theoretical limit"),
	FIGURE("figure");

	private final String label;

	DeclarationKind(String label) {
		this.label = label;
	}

	/** The kind of a declaration; nothing for elements that declare no name. */
	public static Optional<DeclarationKind> of(EObject element) {
		if (element == null || element.eClass().getEPackage() != ProposalPackage.eINSTANCE) {
			return Optional.empty();
		}
		return Optional.ofNullable(switch (element.eClass().getClassifierID()) {
		case ProposalPackage.PROPOSAL -> PROPOSAL;
		case ProposalPackage.HUMAN -> HUMAN;
		case ProposalPackage.MODEL -> MODEL;
		case ProposalPackage.AMPLIFIED_MODEL -> AMPLIFIED_MODEL;
		case ProposalPackage.AGENT -> AGENT;
		case ProposalPackage.REWARD_MODEL -> REWARD_MODEL;
		case ProposalPackage.DEBATER -> DEBATER;
		case ProposalPackage.ENVIRONMENT -> ENVIRONMENT;
		case ProposalPackage.DATASET -> DATASET;
		case ProposalPackage.QUESTION -> QUESTION;
		case ProposalPackage.ANSWER -> ANSWER;
		case ProposalPackage.TRAINING_SIGNAL -> SIGNAL;
		case ProposalPackage.OVERSIGHT -> OVERSIGHT;
		case ProposalPackage.THEORETICAL_LIMIT -> LIMIT;
		case ProposalPackage.FIGURE -> FIGURE;
		default -> null;
		});
	}

	/** As prose: "amplified model". */
	public String label() {
		return label;
	}

	/** The semantic highlighting style of names of this kind, e.g. {@code kind.amplified-model}. */
	public String styleId() {
		return "kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public boolean isParticipant() {
		return this != PROPOSAL && this != SIGNAL && this != OVERSIGHT && this != LIMIT && this != FIGURE;
	}
}
