package org.proposalstudio.language.ide.contentassist;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtend2.lib.StringConcatenationClient;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.AbstractIdeTemplateProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.proposalstudio.checks.Components;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.Mechanism;
import org.proposalstudio.model.proposal.Proposal;

/**
 * Templates that insert text the language parses: a whole proposal, with the four arguments the paper asks of every
 * one, and each of the four component arguments. Every name and text in them is an edit position with a default that
 * is valid as it stands; the argument text is the question the paper asks of the component (§1).
 */
public class ProposalTemplates extends AbstractIdeTemplateProposalProvider {

	public void proposeProposal(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		StringConcatenationClient template = new StringConcatenationClient() {
			@Override
			protected void appendTo(TargetStringConcatenation target) {
				target.append("proposal ");
				target.append(variable("NewProposal"));
				target.append(" \"");
				target.append(variable("title"));
				target.append("\" {");
				target.newLine();
				for (String member : List.of("human H", "model M", "amplified Amp(M) = H consulting M", "",
						"signal imitationLoss: imitation trains M from Amp(M)",
						"oversight rat: Amp(M) oversees M continuously", "\tusing transparency-tools",
						"\tchecking per-step-myopia", "limit hch: HCH of Amp(M)", "deploy M", "")) {
					target.append(member.isEmpty() ? "" : "\t" + member);
					target.newLine();
				}
				for (Component component : Component.VALUES) {
					target.append("\t");
					target.append(argumentHead(component, component == Component.INNER_ALIGNMENT ? "rat" : "imitationLoss"));
					target.newLine();
					target.append("\t\t\"");
					target.append(component == Component.OUTER_ALIGNMENT ? cursor() : "");
					target.append(variable(question(component)));
					target.append("\"");
					target.newLine();
				}
				target.append("}");
			}
		};
		acceptProposal("proposal (template)", "A proposal with its participants, mechanisms and the four arguments",
				template, context, acceptor);
	}

	public void proposeArguments(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Optional<Proposal> proposal = Optional.ofNullable(EcoreUtil2.getContainerOfType(context.getCurrentModel(), Proposal.class));
		for (Component component : Component.VALUES) {
			String reliedOn = proposal.flatMap(p -> mechanismFor(p, component)).map(Mechanism::getName).orElse(null);
			StringConcatenationClient template = new StringConcatenationClient() {
				@Override
				protected void appendTo(TargetStringConcatenation target) {
					target.append(argumentHead(component, null));
					if (reliedOn != null) {
						target.append(" relies on ");
						target.append(variable(reliedOn));
					}
					target.newLine();
					target.append("\t\"");
					target.append(variable(question(component)));
					target.append("\"");
					target.append(cursor());
				}
			};
			acceptProposal(Components.title(component) + " (template)",
					"An argument for " + Components.title(component) + ": " + Components.question(component), template,
					context, acceptor);
		}
	}

	private static String argumentHead(Component component, String reliedOn) {
		return Components.title(component) + " is uncertain" + (reliedOn == null ? "" : " relies on " + reliedOn);
	}

	/** The question of the component, as a sentence to replace: it must not end the string early. */
	private static String question(Component component) {
		String question = Components.question(component);
		return Character.toUpperCase(question.charAt(0)) + question.substring(1);
	}

	/** What an argument for the component most likely relies on: inner alignment on oversight, others on the signal. */
	private static Optional<? extends Mechanism> mechanismFor(Proposal proposal, Component component) {
		Inheritance inheritance = Inheritance.of(proposal);
		return component == Component.INNER_ALIGNMENT ? inheritance.oversights().stream().findFirst()
				: inheritance.signals().stream().findFirst();
	}
}
