package org.proposalstudio.language.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * Issue codes of the language's own rules: what makes a proposal file ill-formed, as opposed to the paper's checks of
 * its argument ({@link org.proposalstudio.checks.PaperCheck}). These are always errors.
 */
public final class ProposalIssueCodes {

	/** Two elements of the same family share a name in one proposal, or two proposals share a name in a project. */
	public static final String DUPLICATE_NAME = "duplicate-name";
	/** A proposal extends itself, directly or through others. */
	public static final String EXTENDS_CYCLE = "extends-cycle";
	/** Two arguments for the same component, or two limits or deployments, in one proposal. */
	public static final String DUPLICATE_PART = "duplicate-part";
	/** A figure unrolls to no tree, or to more nodes than a diagram can hold. */
	public static final String UNROLLING_SIZE = "unrolling-size";
	/** A model is an earlier version or a copy of itself, directly or through others. */
	public static final String VERSION_CYCLE = "version-cycle";
	/** An amplified model is named Amp(X) but consults another model. */
	public static final String AMPLIFICATION_NAME = "amplification-name";

	private ProposalIssueCodes() {
	}

	/**
	 * The short id under which the command line and the workbench report an issue: the paper check's or the rule's
	 * id, and short words for Xtext's own long class-like codes.
	 */
	public static String checkIdOf(String issueCode) {
		if (issueCode == null) {
			return "xtext";
		}
		return switch (issueCode) {
		case Diagnostic.SYNTAX_DIAGNOSTIC -> "syntax";
		case Diagnostic.LINKING_DIAGNOSTIC -> "linking";
		default -> issueCode.startsWith("org.eclipse.xtext.") ? issueCode.substring(issueCode.lastIndexOf('.') + 1) : issueCode;
		};
	}
}
