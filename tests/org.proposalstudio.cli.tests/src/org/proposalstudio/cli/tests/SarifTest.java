package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code validate --format sarif}: SARIF 2.1.0 as GitHub code scanning ingests it, for every example and flawed example.
 * The rules asserted are those of the SARIF 2.1.0 schema for the properties the log uses (required properties, the
 * level enumeration, positions from 1, relative URIs) and GitHub's requirements for an upload (rules with short and full
 * descriptions, help and a default level; results with a rule, a level, a message, a repository-relative file, a region
 * and a fingerprint); the text output's diagnostics are the reference for what the results say.
 */
class SarifTest {

	private static final Pattern DIAGNOSTIC = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): \\[([a-z-]+)\\] (.+)$");
	private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}:[1-9]\\d*");
	private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

	@TempDir
	Path temp;

	static List<Path> everyExample() {
		return Stream.concat(Examples.faithful().stream(), Examples.flawed().stream()).toList();
	}

	@ParameterizedTest
	@MethodSource("everyExample")
	void everyExampleGivesTheDiagnosticsOfTextAsConformingResults(Path example) {
		Cli.Run text = Cli.run("validate", arg(example));
		Cli.Run sarif = Cli.run("validate", "--format", "sarif", arg(example));
		assertEquals(text.exitCode(), sarif.exitCode(), sarif::toString);
		assertEquals("", sarif.err());
		JsonObject run = assertConforms(sarif.out());

		List<JsonObject> results = objects(run, "results");
		List<String> diagnostics = text.outLines().subList(0, text.outLines().size() - 1);
		assertEquals(diagnostics.size(), results.size(), sarif::toString);
		String uri = Examples.repository().relativize(example).toString();
		for (int i = 0; i < results.size(); i++) {
			Matcher diagnostic = DIAGNOSTIC.matcher(diagnostics.get(i));
			assertTrue(diagnostic.matches(), diagnostics.get(i));
			JsonObject result = results.get(i);
			assertEquals(diagnostic.group(5), result.get("ruleId").getAsString());
			assertEquals(diagnostic.group(4).equals("info") ? "note" : diagnostic.group(4), result.get("level").getAsString());
			assertEquals(diagnostic.group(6), result.getAsJsonObject("message").get("text").getAsString());
			JsonObject location = physicalLocation(result);
			assertEquals(uri, location.getAsJsonObject("artifactLocation").get("uri").getAsString(), "relative to the repository's root");
			assertEquals("%SRCROOT%", location.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
			JsonObject region = location.getAsJsonObject("region");
			assertEquals(Integer.parseInt(diagnostic.group(2)), region.get("startLine").getAsInt());
			assertEquals(Integer.parseInt(diagnostic.group(3)), region.get("startColumn").getAsInt());
		}
	}

	@Test
	void everyCheckIsARuleThatNamesItsSectionsOfThePaper() {
		Cli.Run run = Cli.run("validate", "--format", "sarif", arg(Examples.folder())).assertExit(ExitCode.ERRORS);
		JsonObject log = assertConforms(run.out()).getAsJsonObject("tool").getAsJsonObject("driver");
		Map<String, JsonObject> rules = new LinkedHashMap<>();
		objects(log, "rules").forEach(rule -> rules.put(rule.get("id").getAsString(), rule));
		for (PaperCheck check : PaperCheck.values()) {
			JsonObject rule = rules.get(check.id());
			assertTrue(rule != null, "no rule for " + check.id());
			assertEquals(check.defaultSeverity().name().toLowerCase().replace("info", "note"),
					rule.getAsJsonObject("defaultConfiguration").get("level").getAsString());
			for (String section : check.sections()) {
				assertTrue(rule.getAsJsonObject("help").get("text").getAsString().contains("§" + section), check.id() + " §" + section);
				assertTrue(rule.getAsJsonObject("help").get("markdown").getAsString().contains("§" + section), check.id() + " §" + section);
			}
		}
		assertTrue(rules.keySet().containsAll(List.of("syntax", "linking", "duplicate-name", "extends-cycle", "too-many-proposals", "configuration")),
				rules.keySet()::toString);
	}

	@Test
	void syntaxLinkingAndConfigurationErrorsAreResultsWithTheirRegions() {
		write(temp.resolve(".git/HEAD"), "ref: refs/heads/main\n");
		write(temp.resolve("proposals.properties"), "no-such-check = error\n");
		write(temp.resolve("broken.proposal"), "proposal Broken {\n\thuman H\n\tdeploy Nobody\n}\n");
		write(temp.resolve("syntax.proposal"), "proposal Syntax {\n\thuman\n}\n");
		Cli.Run run = Cli.run("validate", "--format", "sarif", arg(temp.resolve("broken.proposal")), arg(temp.resolve("syntax.proposal")))
				.assertExit(ExitCode.ERRORS);
		List<JsonObject> results = objects(assertConforms(run.out()), "results");
		Map<String, JsonObject> byRule = new LinkedHashMap<>();
		results.forEach(result -> byRule.putIfAbsent(result.get("ruleId").getAsString(), result));
		assertTrue(byRule.keySet().containsAll(List.of("syntax", "linking", "configuration")), byRule.keySet()::toString);

		JsonObject linking = physicalLocation(byRule.get("linking"));
		assertEquals("broken.proposal", linking.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertRegion(linking, 3, 9, 3, 15);
		JsonObject configuration = physicalLocation(byRule.get("configuration"));
		assertEquals("proposals.properties", configuration.getAsJsonObject("artifactLocation").get("uri").getAsString());
		// a problem at a position covers the rest of its line
		assertRegion(configuration, 1, 1, 1, 22);
	}

	@Test
	void fingerprintsSurviveUnrelatedEditsAndLinesMovingAndDifferForDifferentFindings() {
		Path s03 = Examples.faithful().stream().filter(file -> file.getFileName().toString().startsWith("s03")).findFirst().orElseThrow();
		Path file = write(temp.resolve("s03.proposal"), TestFiles.read(s03));
		JsonObject before = onlyResult(Cli.run("validate", "--format", "sarif", arg(file)).out());

		String edited = "// a comment and blank lines above everything\n\n\n" + TestFiles.read(s03).replace(
				"Is HCH universal enough", "Is HCH general enough").replace("human H \"the human", "human H \"the person");
		write(file, edited);
		JsonObject after = onlyResult(Cli.run("validate", "--format", "sarif", arg(file)).out());
		assertEquals(region(before).get("startLine").getAsInt() + 3, region(after).get("startLine").getAsInt(), "the lines moved");
		assertEquals(fingerprint(before), fingerprint(after));

		write(file, edited.replace("intermittentOversight", "periodicOversight"));
		JsonObject renamed = onlyResult(Cli.run("validate", "--format", "sarif", arg(file)).out());
		assertNotEquals(fingerprint(before), fingerprint(renamed), "the finding is about another element now");
	}

	@Test
	void theSameInputGivesTheSameBytesAndOutWritesTheLogWhole() {
		Cli.Run first = Cli.run("validate", "--format", "sarif", arg(Examples.folder()));
		Cli.Run second = Cli.run("validate", "--format", "sarif", arg(Examples.folder()));
		assertEquals(first.out(), second.out());

		Path out = temp.resolve("results/proposals.sarif");
		Cli.Run written = Cli.run("validate", "--format", "sarif", "--out", arg(out), arg(Examples.folder())).assertExit(ExitCode.ERRORS);
		assertEquals(first.out(), TestFiles.read(out));
		assertEquals(List.of("26 files checked: 4 errors, 21 warnings, 12 infos; written to " + arg(out)), written.outLines());
		TestFiles.assertNoTemporaryFiles(temp);
	}

	@Test
	void unreadableInputIsAFailedInvocationWithItsProblems() {
		String missing = arg(temp.resolve("missing.proposal"));
		Cli.Run run = Cli.run("validate", "--format", "sarif", missing).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		JsonObject sarifRun = assertConforms(run.out());
		assertEquals(0, objects(sarifRun, "results").size());
		JsonObject invocation = objects(sarifRun, "invocations").get(0);
		assertFalse(invocation.get("executionSuccessful").getAsBoolean());
		assertEquals(missing + ": no such file or directory",
				objects(invocation, "toolExecutionNotifications").get(0).getAsJsonObject("message").get("text").getAsString());
		assertEquals(List.of(missing + ": no such file or directory"), run.errLines());
	}

	/**
	 * The log's structure as the schema requires it for the properties used, and as GitHub reads it; returns its one
	 * run.
	 */
	private static JsonObject assertConforms(String output) {
		JsonObject log = JsonParser.parseString(output).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		assertTrue(log.get("$schema").getAsString().endsWith("sarif-schema-2.1.0.json"));
		assertEquals(1, log.getAsJsonArray("runs").size());
		JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("Proposal Studio", driver.get("name").getAsString());
		assertTrue(driver.get("version").getAsString().startsWith("1."), driver::toString);
		assertTrue(driver.get("semanticVersion").getAsString().matches("\\d+\\.\\d+\\.\\d+(\\+[0-9A-Za-z-]+)?"), driver::toString);
		assertTrue(driver.get("informationUri").getAsString().startsWith("https://"));

		List<JsonObject> rules = objects(driver, "rules");
		Set<String> ids = new HashSet<>();
		for (JsonObject rule : rules) {
			String id = rule.get("id").getAsString();
			assertTrue(ids.add(id), "two rules " + id);
			for (String description : List.of("shortDescription", "fullDescription")) {
				assertFalse(rule.getAsJsonObject(description).get("text").getAsString().isBlank(), id + " " + description);
			}
			assertFalse(rule.getAsJsonObject("help").get("text").getAsString().isBlank(), id);
			assertFalse(rule.getAsJsonObject("help").get("markdown").getAsString().isBlank(), id);
			assertTrue(LEVELS.contains(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString()), id);
			if (rule.has("name")) {
				assertFalse(rule.get("name").getAsString().equalsIgnoreCase(id), "a name that only repeats the id: " + id);
			}
		}
		Set<String> fingerprints = new HashSet<>();
		for (JsonObject result : objects(run, "results")) {
			int index = result.get("ruleIndex").getAsInt();
			assertEquals(rules.get(index).get("id").getAsString(), result.get("ruleId").getAsString(), "ruleIndex points at ruleId");
			assertTrue(LEVELS.contains(result.get("level").getAsString()), result::toString);
			assertFalse(result.getAsJsonObject("message").get("text").getAsString().isBlank(), result::toString);
			String uri = physicalLocation(result).getAsJsonObject("artifactLocation").get("uri").getAsString();
			assertFalse(uri.startsWith("/") || uri.contains("\\") || uri.contains(" ") || uri.contains(".."), uri);
			JsonObject region = region(result);
			int startLine = region.get("startLine").getAsInt();
			int startColumn = region.get("startColumn").getAsInt();
			int endLine = region.get("endLine").getAsInt();
			int endColumn = region.get("endColumn").getAsInt();
			assertTrue(startLine >= 1 && startColumn >= 1 && endColumn >= 1, region::toString);
			assertTrue(endLine > startLine || endLine == startLine && endColumn > startColumn, "a region of some text: " + region);
			String fingerprint = fingerprint(result);
			assertTrue(FINGERPRINT.matcher(fingerprint).matches(), fingerprint);
			assertTrue(fingerprints.add(uri + " " + fingerprint), "two results share the fingerprint " + fingerprint);
		}
		return run;
	}

	private static void assertRegion(JsonObject location, int startLine, int startColumn, int endLine, int endColumn) {
		JsonObject region = location.getAsJsonObject("region");
		assertEquals(List.of(startLine, startColumn, endLine, endColumn), List.of(region.get("startLine").getAsInt(),
				region.get("startColumn").getAsInt(), region.get("endLine").getAsInt(), region.get("endColumn").getAsInt()), region::toString);
	}

	private static JsonObject onlyResult(String output) {
		List<JsonObject> results = objects(assertConforms(output), "results");
		assertEquals(1, results.size(), output);
		return results.get(0);
	}

	private static JsonObject physicalLocation(JsonObject result) {
		return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
	}

	private static JsonObject region(JsonObject result) {
		return physicalLocation(result).getAsJsonObject("region");
	}

	private static String fingerprint(JsonObject result) {
		return result.getAsJsonObject("partialFingerprints").get("primaryLocationLineHash").getAsString();
	}

	private static List<JsonObject> objects(JsonObject parent, String array) {
		List<JsonObject> objects = new ArrayList<>();
		for (JsonElement element : parent.getAsJsonArray(array)) {
			objects.add(element.getAsJsonObject());
		}
		return objects;
	}
}
