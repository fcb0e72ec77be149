package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.report.Contents;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.report.ReportedProposal;
import org.proposalstudio.report.SourceFile;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** What the report shows: proposals by section, their pages, the diagnostics within each, and what is left over. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ContentsTest {

	private static final String TWO_PROPOSALS = """
			proposal Ten section 10 {
				model M
				signal learning: task trains M
				deploy M
				outer alignment is uncertain "x"
			}
			proposal Two section 2 {
				model M
				signal learning: task trains M
				deploy M
				outer alignment is uncertain "x"
			}
			proposal index {
				model M
				signal learning: task trains M
				deploy M
				outer alignment is uncertain "x"
			}
			""";

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	@Test
	void proposalsComeInTheNumericOrderOfTheirSectionsWithoutSectionLast() {
		Contents contents = Contents.of(Projects.fromText(injector, temp, TWO_PROPOSALS));
		assertEquals(List.of("Two", "Ten", "index"), contents.proposals().stream().map(proposal -> proposal.declared().getName()).toList());
		assertEquals(List.of("Two.html", "Ten.html", "index-2.html"), contents.proposals().stream().map(ReportedProposal::page).toList(),
				"a proposal named index does not replace the index");
	}

	@Test
	void eachDiagnosticBelongsToTheProposalWhoseTextHoldsIt() {
		Contents contents = Contents.of(Projects.fromText(injector, temp, TWO_PROPOSALS));
		for (ReportedProposal proposal : contents.proposals()) {
			assertEquals(1, proposal.count(Severity.ERROR), proposal.diagnostics().toString());
			assertTrue(proposal.diagnostics().stream().allMatch(diagnostic -> diagnostic.message().contains("'" + proposal.declared().getName() + "'")),
					proposal.diagnostics().toString());
		}
		assertEquals(List.of(), contents.otherDiagnostics());
	}

	@Test
	void diagnosticsOutsideAnyProposalAndSkippedFilesAreKept() {
		Diagnostic configuration = new Diagnostic("proposals.properties", 3, 1, Severity.ERROR, "configuration", "unknown check");
		List<SourceFile> files = new java.util.ArrayList<>(Projects.fromTexts(injector, temp, Map.of("broken.proposal", "proposal Broken {")));
		files.add(new SourceFile("proposals.properties", List.of(), List.of(configuration), false));
		Contents contents = Contents.of(files);
		assertEquals(List.of(), contents.proposals());
		assertEquals(List.of("broken.proposal"), contents.skippedFiles());
		assertEquals("broken.proposal", contents.otherDiagnostics().get(0).file());
		assertEquals(configuration, contents.otherDiagnostics().get(contents.otherDiagnostics().size() - 1));
	}

	@Test
	void theExamplesDiagnosticsAllBelongToAProposal() {
		Contents contents = Contents.of(Projects.allExamples(injector));
		assertEquals(List.of(), contents.otherDiagnostics());
		assertEquals(26, contents.proposals().size());
		assertEquals("RLTransparencyTools", contents.proposals().get(0).declared().getName());
		int diagnostics = contents.proposals().stream().mapToInt(proposal -> proposal.diagnostics().size()).sum();
		assertEquals(Projects.allExamples(injector).stream().mapToInt(file -> file.diagnostics().size()).sum(), diagnostics);
	}
}
