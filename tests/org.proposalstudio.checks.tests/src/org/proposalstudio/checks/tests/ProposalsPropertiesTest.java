package org.proposalstudio.checks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.checks.ProposalsProperties.Problem;
import org.proposalstudio.checks.ProposalsProperties.Settings;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A project's check severities come from the proposals.properties nearest to each file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalsPropertiesTest {

	/** Gets missing-component (warning) for its three missing arguments, and nothing-deployed (error). */
	private static final String INCOMPLETE = """
			proposal Incomplete {
				model M
				signal s: prediction trains M
				oversight o: M oversees M throughout training using transparency-tools checking no-optimization
				inner alignment is uncertain relies on o "checked for optimization"
			}
			""";

	@TempDir
	Path project;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validationHelper;

	@Inject
	private ProposalsProperties properties;

	@Test
	void withoutAPropertiesFileTheDefaultsApply() throws Exception {
		List<Issue> issues = validate(write("incomplete.proposal", INCOMPLETE));
		assertEquals(Severity.ERROR, severityOf(issues, PaperCheck.NOTHING_DEPLOYED));
		assertEquals(Severity.WARNING, severityOf(issues, PaperCheck.MISSING_COMPONENT));
	}

	@Test
	void aSeverityCanBeRaisedLoweredOrSwitchedOff() throws Exception {
		write("proposals.properties", """
				# this project treats missing components as errors and deployment as information
				missing-component = error
				nothing-deployed: info
				overseer-weaker = ignore
				""");
		List<Issue> issues = validate(write("incomplete.proposal", INCOMPLETE));
		assertEquals(Severity.ERROR, severityOf(issues, PaperCheck.MISSING_COMPONENT));
		assertEquals(Severity.INFO, severityOf(issues, PaperCheck.NOTHING_DEPLOYED));
		assertTrue(issues.stream().noneMatch(issue -> issue.getCode().equals(PaperCheck.OVERSEER_WEAKER.id())), issues.toString());
	}

	@Test
	void theNearestFileWins() throws Exception {
		write("proposals.properties", "nothing-deployed = ignore\n");
		write("sub/proposals.properties", "nothing-deployed = warning\n");
		List<Issue> issues = validate(write("sub/incomplete.proposal", INCOMPLETE));
		assertEquals(Severity.WARNING, severityOf(issues, PaperCheck.NOTHING_DEPLOYED));
	}

	@Test
	void unusableLinesAreReportedWithTheirPositionAndChangeNothing() throws Exception {
		write("proposals.properties", """
				missing-component = warnig
				  nothing-deploy = error
				this line has no separator
				""");
		Resource resource = load(write("incomplete.proposal", INCOMPLETE));
		Settings settings = properties.settingsFor(resource);
		List<Problem> problems = settings.problems();
		assertEquals(3, problems.size(), problems.toString());
		assertEquals(List.of(1, 2, 3), problems.stream().map(Problem::line).toList());
		assertEquals(21, problems.get(0).column(), "at the severity");
		assertTrue(problems.get(0).message().contains("unknown severity 'warnig' for check 'missing-component'"));
		assertEquals(3, problems.get(1).column(), "at the key, after its indentation");
		assertTrue(problems.get(1).message().startsWith("unknown check 'nothing-deploy'; known checks: missing-inner-alignment,"));
		assertTrue(problems.get(2).message().startsWith("expected 'check-id = severity'"));
		List<Issue> issues = validationHelper.validate(resource.getContents().get(0));
		assertEquals(Severity.WARNING, severityOf(issues, PaperCheck.MISSING_COMPONENT), "the misspelled line changes nothing");
	}

	@Test
	void settingSeveritiesKeepsCommentsAndUnknownLinesAndChangesValuesWhereTheyStand() {
		String text = """
				# severities of this project
				missing-component: error
				# meta-learning-forwarding = info
				nothing-deploy = error
				overseer-weaker = ignore
				""";
		assertEquals("""
				# severities of this project
				missing-component: warning
				# meta-learning-forwarding = info
				nothing-deploy = error
				oversight-overfitting = ignore
				""", ProposalsProperties.withSeverities(text,
				Map.of(PaperCheck.MISSING_COMPONENT.id(), "warning", PaperCheck.OVERSIGHT_OVERFITTING.id(), "ignore")));
	}

	@Test
	void noSeveritiesLeaveOnlyWhatSetsNoKnownCheck() {
		assertEquals("# kept\r\nbad line\r\n",
				ProposalsProperties.withSeverities("# kept\r\nmissing-limit = info\r\nbad line", Map.of()));
		assertEquals("missing-limit = info\n", ProposalsProperties.withSeverities("", Map.of(PaperCheck.MISSING_LIMIT.id(), "info")));
	}

	private static Severity severityOf(List<Issue> issues, PaperCheck check) {
		return issues.stream().filter(issue -> issue.getCode().equals(check.id())).map(Issue::getSeverity).findFirst()
				.orElseThrow(() -> new AssertionError(check.id() + " not raised: " + issues));
	}

	private Path write(String relative, String content) throws Exception {
		Path file = project.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

	private Resource load(Path file) {
		return resourceSets.get().getResource(URI.createFileURI(file.toString()), true);
	}

	private List<Issue> validate(Path file) {
		return validationHelper.validate(load(file).getContents().get(0));
	}
}
