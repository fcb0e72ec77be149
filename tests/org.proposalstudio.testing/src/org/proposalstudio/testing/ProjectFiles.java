package org.proposalstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A project written for a test: files, proposals.properties included, in a folder of its own. */
public final class ProjectFiles {

	private ProjectFiles() {
	}

	/** Writes each file (relative name to text) into {@code folder}; returns where each went, in the given order. */
	public static Map<String, Path> write(Path folder, Map<String, String> texts) {
		Map<String, Path> files = new LinkedHashMap<>();
		texts.forEach((name, text) -> {
			Path file = folder.resolve(name);
			try {
				Files.createDirectories(file.getParent());
				Files.writeString(file, text, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			files.put(name, file);
		});
		return files;
	}
}
