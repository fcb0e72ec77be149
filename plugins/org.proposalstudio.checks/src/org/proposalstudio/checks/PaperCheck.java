package org.proposalstudio.checks;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * The checks of the paper's argument (docs/checks.md): what a proposal model must argue. The id is the stable
 * issue code that diagnostics, quick fixes and {@code proposals.properties} use; the default severity can be changed
 * per project.
 */
public enum PaperCheck {
	MISSING_INNER_ALIGNMENT("missing-inner-alignment", Severity.ERROR,
			"no inner alignment argument", "1"),
	MISSING_COMPONENT("missing-component", Severity.WARNING,
			"no outer alignment, training or performance competitiveness argument", "1"),
	INNER_ALIGNMENT_UNSUPPORTED("inner-alignment-unsupported", Severity.ERROR,
			"the inner alignment argument relies on no oversight mechanism", "2.2", "3.2", "4.2"),
	MISSING_LIMIT("missing-limit", Severity.WARNING,
			"a recursive scheme (trained against Amp(M), or debate) declares no limit", "3.1", "5.1", "9.1", "10.1"),
	NOTHING_DEPLOYED("nothing-deployed", Severity.ERROR,
			"nothing deployed, or something deployed that no signal trains", "12"),
	OVERSIGHT_WITHOUT_CONDITION("oversight-without-condition", Severity.WARNING,
			"oversight checks no verifiable condition (myopia, no optimization, no human modeling, non-deception); cross-examination alone is exempt",
			"3.2", "4.2"),
	AFTER_THE_FACT_DETECTION("after-the-fact-detection", Severity.WARNING,
			"oversight only between phases or after training, and no continuous oversight of the same model", "2.2", "3.2", "4.2"),
	OVERSIGHT_OVERFITTING("oversight-overfitting", Severity.INFO,
			"continuous oversight (relaxed adversarial training) with no mitigating overfitting", "4.2"),
	MYOPIA_VS_NONMYOPIC_SIGNAL("myopia-vs-nonmyopic-signal", Severity.WARNING,
			"per-step myopia checked on a model trained by a signal that is not per-step myopic", "8.2", "9.2", "11.2"),
	APPROVAL_OBFUSCATION("approval-obfuscation", Severity.WARNING,
			"transparency tools inspect a model trained to maximize approval", "5.2", "5.3"),
	OVERSEER_WEAKER("overseer-weaker", Severity.WARNING,
			"a human, an earlier model version, or intermittent oversight not re-run when the target changes", "3.2", "8.2"),
	UNOVERSEEN_AUXILIARY("unoverseen-auxiliary", Severity.WARNING,
			"a model trained but neither deployed nor overseen", "12.2"),
	NO_OPTIMIZATION_NEEDS_TRANSPARENCY("no-optimization-needs-transparency", Severity.ERROR,
			"no-optimization or no-human-modeling checked without transparency tools", "6.2", "7.2"),
	DEBATE_DECEPTION_CONDITION("debate-deception-condition", Severity.WARNING,
			"a debate enforces non-deception, which the second debater must violate", "10.2"),
	META_LEARNING_FORWARDING("meta-learning-forwarding", Severity.INFO,
			"a model that may build models, with no mitigating meta-learning in its oversight", "7.2");

	private final String id;
	private final Severity defaultSeverity;
	private final String flags;
	private final String[] sections;
	/** The sections as messages cite them, joined once: every finding of the check cites them. */
	private final String citedSections;

	PaperCheck(String id, Severity defaultSeverity, String flags, String... sections) {
		this.id = id;
		this.defaultSeverity = defaultSeverity;
		this.flags = flags;
		this.sections = sections;
		this.citedSections = String.join(", ", Arrays.stream(sections).map(section -> "§" + section).toList());
	}

	/** The stable issue code, e.g. {@code missing-inner-alignment}. */
	public String id() {
		return id;
	}

	public Severity defaultSeverity() {
		return defaultSeverity;
	}

	/**
	 * What the check flags, in a line, as the table of docs/checks.md says it: for settings pages and lists of checks.
	 */
	public String flags() {
		return flags;
	}

	/** The sections of the paper that motivate the check, e.g. {@code 3.2}. */
	public String[] sections() {
		return sections.clone();
	}

	/** The sections as a message cites them: "§3.2, §4.2". */
	public String citedSections() {
		return citedSections;
	}

	public static Optional<PaperCheck> byId(String id) {
		return Arrays.stream(values()).filter(check -> check.id.equals(id)).findFirst();
	}
}
