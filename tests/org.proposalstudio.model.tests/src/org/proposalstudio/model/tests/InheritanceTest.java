package org.proposalstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.LimitKind;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** Which elements, as written, a proposal has once what it extends is taken into account. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class InheritanceTest {

	private static final String FAMILY = """
			proposal Grandparent "Imitative amplification" section 3 {
				human H
				model M
				amplified Amp(M) = H consulting M
				flow H <-> M: consultation
				signal loss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M intermittently checking per-step-myopia
				limit hch: HCH of Amp(M)
				deploy M
				outer alignment is uncertain "grandparent's outer"
				inner alignment is uncertain relies on check "grandparent's inner"
			}
			proposal Parent extends Grandparent {
				oversight rat replaces check: Amp(M) oversees M continuously checking per-step-myopia
				inner alignment is promising relies on rat "parent's inner"
				agent π
			}
			proposal Child extends Parent {
				model M "the same M, described"
				oversight rat: Amp(M) oversees M, π continuously checking per-step-myopia
				limit annealed: annealed towards HCH
				flow π -> Amp(M): action
			}
			""";

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Test
	void theLineageRunsFromTheProposalToWhatItExtendsTransitively() throws Exception {
		ProposalModel model = parseHelper.parse(FAMILY);
		assertEquals(List.of("Child", "Parent", "Grandparent"), names(Inheritance.lineage(proposal(model, 2))));
	}

	@Test
	void aCycleEndsTheLineageBeforeTheFirstRepetition() throws Exception {
		ProposalModel model = parseHelper.parse("proposal A extends B { } proposal B extends C { } proposal C extends B { }");
		assertEquals(List.of("A", "B", "C"), names(Inheritance.lineage(proposal(model, 0))));
	}

	@Test
	void aSameNamedElementReplacesTheInheritedOneInItsPlace() throws Exception {
		Inheritance child = Inheritance.of(proposal(parseHelper.parse(FAMILY), 2));
		assertEquals(List.of("H", "M", "Amp(M)", "π"), names(child.participants()));
		assertEquals("the same M, described", child.participants().get(1).getDescription());
	}

	@Test
	void replacesPutsTheReplacementWhereTheReplacedElementWas() throws Exception {
		ProposalModel model = parseHelper.parse(FAMILY);
		Inheritance parent = Inheritance.of(proposal(model, 1));
		assertEquals(List.of("rat"), names(parent.oversights()));
		assertSame(proposal(model, 1).getOversights().get(0), parent.replacementOf(proposal(model, 0).getOversights().get(0)));
	}

	@Test
	void replacementsChainAcrossGenerations() throws Exception {
		ProposalModel model = parseHelper.parse(FAMILY);
		Inheritance child = Inheritance.of(proposal(model, 2));
		assertSame(proposal(model, 2).getOversights().get(0), child.replacementOf(proposal(model, 0).getOversights().get(0)),
				"check was replaced by the parent's rat, which the child's rat replaced by name");
	}

	@Test
	void anArgumentReplacesTheInheritedArgumentForTheSameComponent() throws Exception {
		Inheritance child = Inheritance.of(proposal(parseHelper.parse(FAMILY), 2));
		assertEquals(List.of(Component.OUTER_ALIGNMENT, Component.INNER_ALIGNMENT),
				child.arguments().stream().map(ComponentArgument::getComponent).toList());
		assertEquals("parent's inner", child.arguments().get(1).getText());
	}

	@Test
	void limitAndDeploymentAreInheritedUnlessRedeclared() throws Exception {
		ProposalModel model = parseHelper.parse(FAMILY);
		Inheritance child = Inheritance.of(proposal(model, 2));
		assertEquals(LimitKind.ANNEALED, child.limit().getKind());
		assertSame(proposal(model, 0).getDeployment(), child.deployment());
		assertEquals(List.of("loss", "rat", "annealed"), names(child.mechanisms()));
	}

	@Test
	void flowsAccumulate() throws Exception {
		Inheritance child = Inheritance.of(proposal(parseHelper.parse(FAMILY), 2));
		assertEquals(2, child.flows().size());
	}

	private static Proposal proposal(ProposalModel model, int index) {
		return model.getProposals().get(index);
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
