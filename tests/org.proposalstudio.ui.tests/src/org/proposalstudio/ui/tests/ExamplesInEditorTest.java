package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.testing.Examples;

/**
 * Every example opened in the editor, in a project that holds them all: the paper's proposals get no errors, and each
 * flawed example exactly the diagnostic of its check, as markers the Problems view lists.
 */
class ExamplesInEditorTest {

	private static IProject project;

	@BeforeAll
	static void createTheExamplesProject() throws Exception {
		project = Editors.examplesProject("examples-in-editor");
	}

	@AfterAll
	static void deleteTheProject() throws Exception {
		project.delete(true, true, null);
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	static Stream<String> paperProposals() {
		return Examples.faithful().stream().map(Examples::key);
	}

	@ParameterizedTest
	@MethodSource("paperProposals")
	void aProposalOfThePaperHasNoErrors(String name) throws Exception {
		IFile file = project.getFile(name);
		Editors.open(file);
		// each of the paper's proposals gets a warning or info the paper itself raises (examples/README.md)
		Workbench.waitUntil("the markers of " + name, () -> !Workbench.checksOf(file).isEmpty());
		assertEquals(List.of(), Workbench.checksOf(file).stream().filter(check -> check.endsWith("@error")).toList(), name);
	}

	@ParameterizedTest
	@EnumSource(PaperCheck.class)
	void aFlawedExampleHasExactlyTheMarkerOfItsCheck(PaperCheck check) throws Exception {
		IFile file = project.getFile("flawed/" + check.id() + ".proposal");
		Editors.open(file);
		Editors.awaitChecks(file, List.of(check.id() + "@" + check.defaultSeverity().name().toLowerCase(Locale.ROOT)));
	}
}
