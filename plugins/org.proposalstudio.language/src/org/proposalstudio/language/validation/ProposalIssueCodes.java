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
	/** Two arguments for the same component in one proposal (a second limit or deployment is a syntax error). */
	public static final String DUPLICATE_PART = "duplicate-part";
	/** A figure unrolls to no tree, or to more nodes than a diagram can hold. */
	public static final String UNROLLING_SIZE = "unrolling-size";
	/** A model is an earlier version or a copy of itself, directly or through others. */
	public static final String VERSION_CYCLE = "version-cycle";
	/** An amplified model is named Amp(X) but consults another model. */
	public static final String AMPLIFICATION_NAME = "amplification-name";
	/** A check failed by a bug in Proposal Studio: the file's findings may be incomplete. */
	public static final String INTERNAL = "internal";
	/** A text longer than {@link org.proposalstudio.model.Limits#MAX_FILE_BYTES}: it is not parsed. */
	public static final String FILE_TOO_LARGE = "file-too-large";
	/** A file of more than {@link org.proposalstudio.model.Limits#MAX_PROPOSALS_PER_FILE} proposals. */
	public static final String TOO_MANY_PROPOSALS = "too-many-proposals";
	/** A proposal deeper than {@link org.proposalstudio.model.Limits#MAX_EXTENDS_DEPTH} in a chain of 'extends'. */
	public static final String EXTENDS_TOO_DEEP = "extends-too-deep";
	/** A file whose proposals, with what each inherits, hold more than {@link org.proposalstudio.model.Limits#MAX_INHERITED_ELEMENTS}. */
	public static final String TOO_MUCH_INHERITED = "too-much-inherited";

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
