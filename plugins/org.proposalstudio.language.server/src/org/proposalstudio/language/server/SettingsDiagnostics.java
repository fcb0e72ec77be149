package org.proposalstudio.language.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.checks.ProposalsProperties.Problem;

/**
 * The lines of a {@value ProposalsProperties#FILE_NAME} that cannot be used (an unknown check, an unknown severity),
 * as diagnostics of that file: what {@code proposal-studio validate} reports as {@code [configuration]} errors.
 */
final class SettingsDiagnostics {

	static final String CODE = "configuration";

	private SettingsDiagnostics() {
	}

	/** The problems of the file; none when it is gone. */
	static List<Diagnostic> of(Path file) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (IOException | UncheckedIOException unreadable) {
			lines = List.of();
		}
		List<String> text = lines;
		return ProposalsProperties.read(URI.createFileURI(file.toString()), new ExtensibleURIConverterImpl()).problems().stream()
				.map(problem -> diagnostic(problem, text)).toList();
	}

	/** Every settings file below the folder, but in build output and hidden folders. */
	static List<Path> below(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> ProposalsProperties.FILE_NAME.equals(file.getFileName().toString()))
					.filter(file -> !ignored(folder.relativize(file))).toList();
		} catch (IOException | UncheckedIOException unlistable) {
			return List.of();
		}
	}

	private static boolean ignored(Path relative) {
		Path folders = relative.getParent();
		if (folders == null) {
			return false;
		}
		for (Path segment : folders) {
			String name = segment.toString();
			if (name.equals("target") || name.startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** From the problem's column to the end of its line. */
	private static Diagnostic diagnostic(Problem problem, List<String> lines) {
		int line = problem.line() - 1;
		int start = problem.column() - 1;
		int end = line < lines.size() ? Math.max(start, lines.get(line).length()) : start;
		return new Diagnostic(new Range(new Position(line, start), new Position(line, end)), problem.message(),
				DiagnosticSeverity.Error, "proposal-studio", CODE);
	}
}
