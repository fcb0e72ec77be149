package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.proposalstudio.testing.Examples;

/** Files the tests write into their {@code @TempDir}, and what they look for there afterwards. */
final class TestFiles {

	private TestFiles() {
	}

	static Path write(Path file, String text) {
		return write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	static Path write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of the repository's examples/ (one project, with flawed/) at {@code target}, to change without harm. */
	static Path copyOfExamples(Path target) {
		Path source = Examples.folder();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	/** Every file below {@code folder}, relative to it, sorted. */
	static List<String> listing(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Output is written through a hidden temporary file beside the target; none may be left behind. */
	static void assertNoTemporaryFiles(Path folder) {
		assertEquals(List.of(), listing(folder).stream()
				.filter(file -> Path.of(file).getFileName().toString().startsWith(".") || file.endsWith(".tmp")).toList(),
				"temporary files left in " + folder);
	}

	/** The example's path, absolute, as a command line argument. */
	static String arg(Path file) {
		return file.toAbsolutePath().toString();
	}
}
