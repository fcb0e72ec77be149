package org.proposalstudio.report;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.Proposal;

/**
 * A proposal of the report: as written, with everything it inherits, the file it is in, its page and its diagnostics.
 *
 * @param declared    the proposal as written
 * @param effective   the proposal with everything it inherits
 * @param file        the file as the reader names it
 * @param page        its page's file name, e.g. {@code MicroscopeAI.html}
 * @param diagnostics the diagnostics within its text, in {@link Diagnostic#ORDER}
 */
public record ReportedProposal(Proposal declared, EffectiveProposal effective, String file, String page, List<Diagnostic> diagnostics) {

	public ReportedProposal {
		diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
	}

	/** The title the paper gives it, or its name. */
	public String title() {
		String title = effective.proposal().getTitle();
		return title == null || title.isBlank() ? declared.getName() : title;
	}

	/** Its argument for the component, its own or inherited. */
	public Optional<ComponentArgument> argument(Component component) {
		return effective.proposal().getArguments().stream().filter(argument -> argument.getComponent() == component).findFirst();
	}

	public int count(Severity severity) {
		return (int) diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
	}

	/** The anchor of a component's argument on the page: {@code inner-alignment}. */
	public static String anchor(Component component) {
		return switch (component) {
		case OUTER_ALIGNMENT -> "outer-alignment";
		case INNER_ALIGNMENT -> "inner-alignment";
		case TRAINING_COMPETITIVENESS -> "training-competitiveness";
		case PERFORMANCE_COMPETITIVENESS -> "performance-competitiveness";
		};
	}

	/** The anchor of the diagnostics on a proposal's page. */
	public static final String DIAGNOSTICS = "diagnostics";
	/** The anchor of the figures on a proposal's page. */
	public static final String FIGURES = "figures";
	/** The anchor of the arguments on a proposal's page. */
	public static final String ARGUMENTS = "arguments";
	/** The anchor of the safety case on a proposal's page. */
	public static final String SAFETY_CASE = "safety-case";
}
