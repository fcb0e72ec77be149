package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The language's own rules: what makes a proposal file ill-formed. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalValidatorTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void aFileThatDoesNotParseGetsItsSyntaxErrorsOnly() throws Exception {
		// the brace after 'deploy M' ends the proposal early: its arguments are not missing, only unparsed
		List<Issue> issues = validationHelper.validate(parseHelper.parse("""
				proposal Unfinished {
					model M
					signal loss: imitation trains M
					deploy M }
					outer alignment is uncertain "..."
					inner alignment is uncertain "..."
					training competitiveness is uncertain "..."
					performance competitiveness is uncertain "..."
				}
				"""));
		assertFalse(issues.isEmpty());
		assertEquals(List.of(), issues.stream().filter(issue -> !issue.isSyntaxError()).toList(),
				"no rule judges a proposal the parser could not read");
	}

	@Test
	void aNameDeclaredTwiceInOneFamilyIsAnError() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Twice {
					model M
					agent M
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.AGENT, ProposalIssueCodes.DUPLICATE_NAME,
				"'M' is declared twice in proposal 'Twice'");
	}

	@Test
	void aSignalAndAParticipantMayShareAName() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Families {
					model loss
					signal loss: imitation trains loss
				}
				""");
		validationHelper.assertNoError(model, ProposalIssueCodes.DUPLICATE_NAME);
	}

	@Test
	void proposalNamesAreUniqueAcrossTheFilesOfAProject() throws Exception {
		ResourceSet project = resourceSets.get();
		parseHelper.parse("proposal Same { }", URI.createURI("memory:/project/a.proposal"), project);
		ProposalModel second = parseHelper.parse("proposal Same { }", URI.createURI("memory:/project/b.proposal"), project);
		validationHelper.assertError(second, ProposalPackage.Literals.PROPOSAL, ProposalIssueCodes.DUPLICATE_NAME,
				"Another proposal named 'Same' exists in a.proposal");
	}

	@Test
	void everyProposalOfADuplicatedNameIsReportedAndTheOthersOfTheProjectAreNot() throws Exception {
		ResourceSet project = resourceSets.get();
		ProposalModel first = parseHelper.parse("proposal Same { }\nproposal Alone { }\nproposal Same { }",
				URI.createURI("memory:/project/a.proposal"), project);
		ProposalModel second = parseHelper.parse("proposal Other { }\nproposal Same { }", URI.createURI("memory:/project/b.proposal"),
				project);
		for (Proposal same : List.of(first.getProposals().get(0), first.getProposals().get(2))) {
			assertEquals(List.of("Another proposal named 'Same' exists in this file: proposal names must be unique in a project, "
					+ "so that 'extends' is unambiguous"), duplicateNameMessages(same));
		}
		assertEquals(List.of("Another proposal named 'Same' exists in a.proposal: proposal names must be unique in a project, "
				+ "so that 'extends' is unambiguous"), duplicateNameMessages(second.getProposals().get(1)));
		assertEquals(List.of(), duplicateNameMessages(first.getProposals().get(1)));
		assertEquals(List.of(), duplicateNameMessages(second.getProposals().get(0)));
	}

	/** The duplicate-name errors of the file reported on the proposal's own line. */
	private List<String> duplicateNameMessages(Proposal proposal) {
		int line = NodeModelUtils.getNode(proposal).getStartLine();
		return validationHelper.validate(proposal.eResource()).stream()
				.filter(issue -> ProposalIssueCodes.DUPLICATE_NAME.equals(issue.getCode()) && issue.getLineNumber() == line)
				.map(Issue::getMessage).toList();
	}

	@Test
	void aCycleOfExtendsIsReportedOnEachProposalOfTheCycle() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal A extends B { }
				proposal B extends A { }
				proposal C extends A { }
				""");
		validationHelper.assertError(model.getProposals().get(0), ProposalPackage.Literals.PROPOSAL,
				ProposalIssueCodes.EXTENDS_CYCLE, "Proposal 'A' extends itself: A extends B extends A");
		validationHelper.assertError(model.getProposals().get(1), ProposalPackage.Literals.PROPOSAL,
				ProposalIssueCodes.EXTENDS_CYCLE, "Proposal 'B' extends itself");
		assertTrue(validationHelper.validate(model.getProposals().get(2)).stream()
				.noneMatch(issue -> ProposalIssueCodes.EXTENDS_CYCLE.equals(issue.getCode())
						&& issue.getMessage().startsWith("Proposal 'C'")),
				"C only extends into the cycle");
	}

	@Test
	void twoArgumentsForOneComponentAreAnError() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Twice {
					outer alignment is uncertain "one"
					outer alignment is promising "two"
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.COMPONENT_ARGUMENT, ProposalIssueCodes.DUPLICATE_PART,
				"already has an argument for this component");
	}

	@Test
	void anUnrollingMustHaveALevelAndStayDrawable() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Trees {
					figure empty { unroll limit depth 0 }
					figure huge { unroll limit depth 12 breadth 3 }
					figure fine { unroll limit depth 8 breadth 3 }
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.UNROLLING, ProposalIssueCodes.UNROLLING_SIZE,
				"Unroll at least one level");
		validationHelper.assertError(model, ProposalPackage.Literals.UNROLLING, ProposalIssueCodes.UNROLLING_SIZE,
				"Depth 12 and breadth 3 unroll to more than 20,000 nodes");
		assertEquals(2, validationHelper.validate(model).stream()
				.filter(issue -> ProposalIssueCodes.UNROLLING_SIZE.equals(issue.getCode())).count(),
				"depth 8 and breadth 3 (9841 nodes) is drawable");
	}

	@Test
	void aModelCannotBeAnEarlierVersionOfItself() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Loop {
					model M earlier version of M'
					model M' earlier version of M
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.MODEL, ProposalIssueCodes.VERSION_CYCLE,
				"'M' is an earlier version of itself");
	}

	@Test
	void anAmplificationIsNamedAfterTheModelItConsults() throws Exception {
		ProposalModel model = parseHelper.parse("""
				proposal Names {
					human H
					model M
					model M'
					amplified Amp(M) = H consulting M'
				}
				""");
		validationHelper.assertError(model, ProposalPackage.Literals.AMPLIFIED_MODEL, ProposalIssueCodes.AMPLIFICATION_NAME,
				"'Amp(M)' consults M': name it Amp(M') or consult the model its name says");
	}

	@Test
	void aLongCycleIsNamedByItsFirstProposalsAndItsMembersAreNotCheckedFurther() throws Exception {
		StringBuilder text = new StringBuilder("proposal P0 extends P999 { }\n");
		for (int i = 1; i < 1000; i++) {
			text.append("proposal P").append(i).append(" extends P").append(i - 1).append(" { }\n");
		}
		List<Issue> issues = validationHelper.validate(parseHelper.parse(text));
		assertEquals(1000, issues.size(), "one error per proposal of the cycle, and nothing else: " + issues.subList(0, 3));
		Issue first = issues.stream().filter(issue -> issue.getMessage().startsWith("Proposal 'P0'")).findFirst().orElseThrow();
		assertEquals("Proposal 'P0' extends itself: P0 extends P999 extends P998 extends P997 extends P996 extends P995 extends P994 "
				+ "extends P993 extends P992 extends P991 extends ... (and on around the cycle) extends P0; it inherits nothing until "
				+ "the cycle is broken", first.getMessage());
	}

	@Test
	void aChainDeeperThanTheLimitIsReportedWhereItGoesBeyondIt() throws Exception {
		StringBuilder text = new StringBuilder("proposal P0 { model M deploy M }\n");
		for (int i = 1; i <= Limits.MAX_EXTENDS_DEPTH + 1; i++) {
			text.append("proposal P").append(i).append(" extends P").append(i - 1).append(" { deploy M }\n");
		}
		List<Issue> tooDeep = validationHelper.validate(parseHelper.parse(text)).stream()
				.filter(issue -> ProposalIssueCodes.EXTENDS_TOO_DEEP.equals(issue.getCode())).toList();
		assertEquals(2, tooDeep.size(), "the two proposals below the 10,000th: " + tooDeep);
		assertEquals("Proposal 'P10000' lies more than 10,000 proposals deep in a chain of 'extends', the deepest Proposal Studio "
				+ "follows: it inherits nothing and is not checked", tooDeep.get(0).getMessage());
		assertEquals(10_001, tooDeep.get(0).getLineNumber());
	}

	@Test
	void aFileOfMoreProposalsThanTheLimitIsCheckedUpToIt() throws Exception {
		String text = "proposal P {}\n".repeat(Limits.MAX_PROPOSALS_PER_FILE + 2);
		List<Issue> limit = validationHelper.validate(parseHelper.parse(text)).stream()
				.filter(issue -> !ProposalIssueCodes.DUPLICATE_NAME.equals(issue.getCode()) && issue.getLineNumber() > 49_990).toList();
		assertEquals(1, limit.stream().filter(issue -> ProposalIssueCodes.TOO_MANY_PROPOSALS.equals(issue.getCode())).count());
		assertEquals(50_001, limit.stream().filter(issue -> ProposalIssueCodes.TOO_MANY_PROPOSALS.equals(issue.getCode()))
				.findFirst().orElseThrow().getLineNumber());
		assertTrue(limit.stream().allMatch(issue -> issue.getLineNumber() <= 50_001), "nothing after the limit is checked: " + limit);
	}

	@Test
	void proposalsInheritingMoreThanTheLimitInAllAreCheckedUpToIt() throws Exception {
		StringBuilder text = new StringBuilder("proposal Base {\n\thuman H\n\tmodel M\n");
		text.append("\tflow H -> M\n".repeat(998)).append("}\n");
		for (int i = 0; i < 1001; i++) {
			text.append("proposal Child").append(i).append(" extends Base { }\n");
		}
		List<Issue> limit = validationHelper.validate(parseHelper.parse(text)).stream()
				.filter(issue -> ProposalIssueCodes.TOO_MUCH_INHERITED.equals(issue.getCode())).toList();
		assertEquals(1, limit.size(), limit::toString);
		assertTrue(limit.get(0).getMessage().startsWith("With what each inherits, the proposals of this file up to 'Child999' hold "
				+ "more than 1,000,000 elements"), limit.get(0).getMessage());
	}
}
