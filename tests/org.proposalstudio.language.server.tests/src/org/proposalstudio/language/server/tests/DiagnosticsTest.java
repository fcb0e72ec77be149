package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnostics as the command line reports them, published for the whole workspace folder, following the files and
 * the project's severities as they change outside the editor.
 */
class DiagnosticsTest {

	@TempDir
	Path temp;

	@Test
	void aFindingHasItsCheckIdItsDocumentationAndThePapersSections() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			List<Diagnostic> diagnostics = server.client.awaitDiagnostics(server.uri("flawed/missing-inner-alignment.proposal"),
					found -> !found.isEmpty());
			Diagnostic missing = only(diagnostics, "missing-inner-alignment").orElseThrow(() -> new AssertionError(diagnostics));
			assertEquals(DiagnosticSeverity.Error, missing.getSeverity());
			assertEquals("file:///docs/checks.md#missing-inner-alignment", missing.getCodeDescription().getHref());
			assertEquals("proposal-studio", missing.getSource());
			assertTrue(missing.getMessage().getLeft().endsWith("(§1)"), missing.toString());
			assertEquals(5, missing.getRange().getStart().getLine(), "on the proposal's name, line 6");
		}
	}

	@Test
	void theExamplesOfThePaperHaveNoErrors() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			List<Diagnostic> diagnostics = server.client.awaitDiagnostics(
					server.uri("s03-imitative-amplification-intermittent-oversight.proposal"), found -> !found.isEmpty());
			assertTrue(diagnostics.stream().noneMatch(diagnostic -> diagnostic.getSeverity() == DiagnosticSeverity.Error), diagnostics.toString());
			assertTrue(only(diagnostics, "after-the-fact-detection").isPresent(), diagnostics.toString());
		}
	}

	@Test
	void anInheritedFindingPointsToTheProposalThatDeclaresIt() throws Exception {
		Files.writeString(temp.resolve("base.proposal"), """
				proposal Base {
					model M
					amplified Amp(M) = H consulting M
					human H
					oversight rat: Amp(M) oversees M continuously checking per-step-myopia
				}
				""");
		Files.writeString(temp.resolve("extension.proposal"), "proposal Extension extends Base {\n}\n");
		try (Server server = Server.on(temp)) {
			Diagnostic inherited = server.client.awaitDiagnostics(server.uri("extension.proposal"),
					found -> only(found, "oversight-overfitting").isPresent()).stream()
					.filter(diagnostic -> "oversight-overfitting".equals(code(diagnostic))).findFirst().orElseThrow();
			assertTrue(inherited.getMessage().getLeft().startsWith("Inherited from 'Base'"), inherited.toString());
			assertNotNull(inherited.getRelatedInformation(), inherited.toString());
			assertEquals(server.uri("base.proposal"), inherited.getRelatedInformation().get(0).getLocation().getUri());
			assertEquals(0, inherited.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
		}
	}

	@Test
	void severitiesFollowTheProjectsPropertiesAsTheyChange() throws Exception {
		Files.writeString(temp.resolve("p.proposal"), "proposal P {\n\tmodel M\n\tdeploy M\n}\n");
		try (Server server = Server.on(temp)) {
			String uri = server.uri("p.proposal");
			Diagnostic before = server.client.awaitDiagnostics(uri, found -> only(found, "missing-component").isPresent()).stream()
					.filter(diagnostic -> "missing-component".equals(code(diagnostic))).findFirst().orElseThrow();
			assertEquals(DiagnosticSeverity.Warning, before.getSeverity());

			Path properties = Files.writeString(temp.resolve("proposals.properties"), "missing-component = error\n");
			server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(properties.toUri().toString(), FileChangeType.Created))));
			server.client.awaitDiagnostics(uri, found -> found.stream()
					.anyMatch(diagnostic -> "missing-component".equals(code(diagnostic)) && diagnostic.getSeverity() == DiagnosticSeverity.Error));

			Files.writeString(properties, "missing-component = ignore\n");
			server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(properties.toUri().toString(), FileChangeType.Changed))));
			server.client.awaitDiagnostics(uri, found -> only(found, "missing-component").isEmpty());
		}
	}

	@Test
	void aLineOfThePropertiesThatCannotBeUsedIsAnErrorOfThatFile() throws Exception {
		Path properties = Files.writeString(temp.resolve("proposals.properties"), "# settings\nmissing-component = sometimes\n");
		try (Server server = Server.on(temp)) {
			String uri = properties.toUri().toString();
			Diagnostic bad = server.client.awaitDiagnostics(uri, found -> !found.isEmpty()).get(0);
			assertEquals("configuration", code(bad));
			assertEquals(DiagnosticSeverity.Error, bad.getSeverity());
			assertEquals(1, bad.getRange().getStart().getLine());
			assertTrue(bad.getMessage().getLeft().contains("unknown severity 'sometimes'"), bad.toString());

			Files.writeString(properties, "# settings\nmissing-component = error\n");
			server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(uri, FileChangeType.Changed))));
			server.client.awaitDiagnostics(uri, List::isEmpty);
		}
	}

	@Test
	void filesCreatedAndDeletedOutsideTheEditorAreFollowed() throws Exception {
		Files.writeString(temp.resolve("extension.proposal"), "proposal Extension extends Base {\n}\n");
		try (Server server = Server.on(temp)) {
			String extension = server.uri("extension.proposal");
			server.client.awaitDiagnostics(extension, found -> only(found, "linking").isPresent());

			Path base = Files.writeString(temp.resolve("base.proposal"), "proposal Base {\n\tmodel M\n\tdeploy M\n}\n");
			server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(base.toUri().toString(), FileChangeType.Created))));
			server.client.awaitDiagnostics(extension, found -> only(found, "linking").isEmpty());

			Files.delete(base);
			server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(base.toUri().toString(), FileChangeType.Deleted))));
			server.client.awaitDiagnostics(extension, found -> only(found, "linking").isPresent());
		}
	}

	static Optional<Diagnostic> only(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(diagnostic -> code.equals(code(diagnostic))).findFirst();
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}
}
