package org.proposalstudio.checks;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.SeverityConverter;

/** The words a project's configuration uses for severities: error, warning, info, and ignore to switch a check off. */
public final class Severities {

	public static final String IGNORE = SeverityConverter.SEVERITY_IGNORE;

	private Severities() {
	}

	/** The configuration word for a severity: error, warning, info or ignore. */
	public static String toPreference(Severity severity) {
		return switch (severity) {
		case ERROR -> SeverityConverter.SEVERITY_ERROR;
		case WARNING -> SeverityConverter.SEVERITY_WARNING;
		case INFO -> SeverityConverter.SEVERITY_INFO;
		case IGNORE -> SeverityConverter.SEVERITY_IGNORE;
		};
	}

	/** The configuration word, normalized, if it is one; {@code Optional.empty()} for anything else. */
	public static Optional<String> parse(String word) {
		String normalized = word.trim().toLowerCase(Locale.ROOT);
		return switch (normalized) {
		case SeverityConverter.SEVERITY_ERROR, SeverityConverter.SEVERITY_WARNING, SeverityConverter.SEVERITY_INFO,
				SeverityConverter.SEVERITY_IGNORE -> Optional.of(normalized);
		default -> Optional.empty();
		};
	}
}
