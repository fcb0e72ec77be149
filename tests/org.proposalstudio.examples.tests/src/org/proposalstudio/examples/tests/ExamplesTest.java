package org.proposalstudio.examples.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.proposalstudio.examples.Examples;

/** The examples bundle carries the repository's examples folder, all of it and byte for byte. */
class ExamplesTest {

	@Test
	void theBundleListsEveryFileOfTheExamplesFolder() throws IOException {
		Path folder = org.proposalstudio.testing.Examples.folder();
		try (Stream<Path> files = Files.walk(folder)) {
			List<String> expected = files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString())
					.sorted().toList();
			assertEquals(expected, Examples.paths());
		}
	}

	@Test
	void eachFileHasTheRepositorysContent() throws IOException {
		for (String path : Examples.paths()) {
			try (InputStream in = Examples.open(path)) {
				assertArrayEquals(Files.readAllBytes(org.proposalstudio.testing.Examples.folder().resolve(path)), in.readAllBytes(),
						path);
			}
		}
	}

	@Test
	void thePapersProposalsAreTheElevenTopLevelProposalFilesInTheirOrder() {
		List<String> names = org.proposalstudio.testing.Examples.faithful().stream().map(file -> file.getFileName().toString())
				.toList();
		assertEquals(11, names.size());
		assertEquals(names, Examples.paperProposals());
	}

	@Test
	void aPathThatIsNoExampleIsAnError() {
		IOException error = assertThrows(IOException.class, () -> Examples.open("s99-nothing.proposal"));
		assertEquals("no example s99-nothing.proposal", error.getMessage());
	}
}
