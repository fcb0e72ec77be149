package org.proposalstudio.checks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.testing.Examples;

/** The catalog of checks is what docs/checks.md tells readers: settings pages show it, so the two must agree. */
class PaperCheckTest {

	@Test
	void theCatalogIsTheTableOfTheChecksDocument() throws Exception {
		// each row starts with its link target, <a id="check-id"></a>, which diagnostics link to
		List<String> documented = Files.readAllLines(Examples.repository().resolve("docs/checks.md")).stream()
				.map(line -> line.replaceFirst("^\\| <a id=\"[a-z-]+\"></a>", "| ")).filter(line -> line.startsWith("| `"))
				.map(line -> line.replace("`", "")).toList();
		List<String> catalog = Arrays.stream(PaperCheck.values())
				.map(check -> "| " + check.id() + " | " + check.defaultSeverity().name().toLowerCase() + " | " + check.flags() + " | "
						+ String.join(", ", check.sections()) + " |")
				.toList();
		assertEquals(catalog, documented);
	}
}
