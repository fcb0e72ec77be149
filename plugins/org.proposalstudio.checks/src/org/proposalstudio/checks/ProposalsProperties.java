package org.proposalstudio.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.proposalstudio.model.io.Messages;

import com.google.inject.Singleton;

/**
 * A project's check severities, from the {@value #FILE_NAME} file nearest to a proposal file: in its folder or the
 * closest folder above it. Each line sets one check, {@code check-id = error|warning|info|ignore}; {@code ignore}
 * switches the check off. Lines that name no known check or no known severity are reported by {@link #read} and
 * otherwise left out, so that a typo never changes what a check does silently.
 */
@Singleton
public class ProposalsProperties implements IPreferenceValuesProvider {

	public static final String FILE_NAME = "proposals.properties";

	/** A line of a properties file that could not be used, with its 1-based position. */
	public record Problem(URI file, int line, int column, String message) {
	}

	/** The settings of one properties file: severities by check id, and the lines that could not be used. */
	public record Settings(URI file, Map<String, String> severities, List<Problem> problems) {
		static final Settings NONE = new Settings(null, Map.of(), List.of());
	}

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		Map<String, String> severities = settingsFor(context).severities();
		return key -> severities.getOrDefault(key.getId(), key.getDefaultValue());
	}

	/** The settings that apply to the resource; none when no properties file lies beside or above it. */
	public Settings settingsFor(Resource resource) {
		URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: new ExtensibleURIConverterImpl();
		return locate(resource.getURI(), converter).map(file -> read(file, converter)).orElse(Settings.NONE);
	}

	/** The nearest {@value #FILE_NAME} in the folder of {@code proposalFile} or above it. */
	public static Optional<URI> locate(URI proposalFile, URIConverter converter) {
		if (proposalFile == null || !proposalFile.isHierarchical() || proposalFile.segmentCount() == 0) {
			return Optional.empty();
		}
		for (URI folder = proposalFile.trimSegments(1); folder != null; folder = parent(folder)) {
			URI candidate = folder.appendSegment(FILE_NAME);
			if (converter.exists(candidate, null)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private static URI parent(URI folder) {
		int segments = folder.segmentCount();
		// a platform:/resource URI's first segment is the project: stop there
		int minimum = folder.isPlatformResource() ? 1 : 0;
		return segments > minimum ? folder.trimSegments(1) : null;
	}

	/** The largest properties file read: it holds a line per check, a few kilobytes at most. */
	static final int MAX_BYTES = 64 * 1024;

	/**
	 * Reads a properties file; an unreadable file is itself a problem. Only a regular file is opened (opening a FIFO
	 * waits for a writer), and only its first {@link #MAX_BYTES}.
	 */
	public static Settings read(URI file, URIConverter converter) {
		if (file.isFile() && !Files.isRegularFile(Path.of(file.toFileString()))) {
			return unreadable(file, "it is not a regular file");
		}
		try (InputStream in = converter.createInputStream(file)) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				return unreadable(file, "it is larger than " + MAX_BYTES / 1024 + " KB, and it holds only a line per check");
			}
			return parse(file, new String(bytes, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return unreadable(file, e.getMessage());
		}
	}

	private static Settings unreadable(URI file, String why) {
		return new Settings(file, Map.of(), List.of(new Problem(file, 1, 1, "cannot read " + FILE_NAME + ": " + why)));
	}

	static Settings parse(URI file, String text) {
		Map<String, String> severities = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
			int lineNumber = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				lineNumber++;
				String trimmed = line.strip();
				if (isBlankOrComment(trimmed)) {
					continue;
				}
				int separator = indexOfSeparator(line);
				int keyColumn = line.indexOf(trimmed.charAt(0)) + 1;
				if (separator < 0) {
					problems.add(new Problem(file, lineNumber, keyColumn,
							"expected 'check-id = severity', found " + Messages.quote(trimmed)));
					continue;
				}
				String id = line.substring(0, separator).strip();
				String value = line.substring(separator + 1).strip();
				if (PaperCheck.byId(id).isEmpty()) {
					problems.add(new Problem(file, lineNumber, keyColumn, "unknown check " + Messages.quote(id) + "; known checks: "
							+ String.join(", ", Arrays.stream(PaperCheck.values()).map(PaperCheck::id).toList())));
					continue;
				}
				Optional<String> severity = Severities.parse(value);
				if (severity.isEmpty()) {
					problems.add(new Problem(file, lineNumber, line.indexOf(value, separator) + 1, "unknown severity "
							+ Messages.quote(value) + " for check '" + id + "'; use error, warning, info or ignore"));
					continue;
				}
				severities.put(id, severity.get());
			}
		} catch (IOException e) {
			throw new IllegalStateException("reading from a string cannot fail", e);
		}
		return new Settings(file, Map.copyOf(severities), List.copyOf(problems));
	}

	/**
	 * The text of a properties file that sets the checks as {@code severities} says (check id to severity word): a line
	 * that sets one of them gets the new severity where it stands, a line that sets another known check goes, and a check
	 * that no line sets gets a line at the end. Comments, blank lines and lines that name no known check stay as written.
	 */
	public static String withSeverities(String text, Map<String, String> severities) {
		String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
		StringBuilder result = new StringBuilder();
		Set<String> written = new HashSet<>();
		for (String line : text.split("\\R", -1)) {
			int separator = isBlankOrComment(line.strip()) ? -1 : indexOfSeparator(line);
			String id = separator < 0 ? null : line.substring(0, separator).strip();
			if (id == null || PaperCheck.byId(id).isEmpty()) {
				result.append(line).append(lineBreak);
			} else if (severities.containsKey(id)) {
				int valueStart = separator + 1;
				while (valueStart < line.length() && Character.isWhitespace(line.charAt(valueStart))) {
					valueStart++;
				}
				result.append(line, 0, valueStart).append(severities.get(id)).append(lineBreak);
				written.add(id);
			}
		}
		// split keeps what follows the last line break as a last, empty line
		result.setLength(result.length() - lineBreak.length());
		if (result.length() > 0 && !result.toString().endsWith(lineBreak)) {
			result.append(lineBreak);
		}
		for (PaperCheck check : PaperCheck.values()) {
			if (severities.containsKey(check.id()) && !written.contains(check.id())) {
				result.append(check.id()).append(" = ").append(severities.get(check.id())).append(lineBreak);
			}
		}
		return result.toString();
	}

	private static boolean isBlankOrComment(String trimmedLine) {
		return trimmedLine.isEmpty() || trimmedLine.startsWith("#") || trimmedLine.startsWith("!");
	}

	private static int indexOfSeparator(String line) {
		int equals = line.indexOf('=');
		int colon = line.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return colon < 0 ? equals : Math.min(equals, colon);
	}
}
