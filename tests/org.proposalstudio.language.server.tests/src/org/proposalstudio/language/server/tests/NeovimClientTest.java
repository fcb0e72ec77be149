package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.proposalstudio.language.server.tests.ExampleFiles.S03;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.testing.Examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real editor that nobody on this project wrote, as the client: Neovim's built-in LSP client starts
 * {@code proposal-studio lsp} as the README tells a user to (the command line distribution's launcher, with this
 * Java as JAVA_HOME), opens the §3 example, and gets its diagnostics, a completion, a hover, a definition and a
 * formatting edit ({@code neovim/lsp-client.lua}). Skipped, saying so, where Neovim is not installed.
 */
class NeovimClientTest {

	@TempDir
	Path temp;

	static boolean neovimIsInstalled() {
		return onPath("nvim") != null;
	}

	@Test
	@EnabledIf(value = "neovimIsInstalled", disabledReason = "Neovim is not installed (apt-get install neovim): the real-editor test is skipped")
	void neovimGetsDiagnosticsCompletionHoverDefinitionAndFormatting() throws Exception {
		Path nvim = onPath("nvim");
		Server.copy(Examples.folder(), temp);
		String text = Files.readString(temp.resolve(S03));
		Path result = temp.resolve("neovim-result.json");
		ProcessBuilder neovim = new ProcessBuilder(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-c",
				"luafile " + Examples.repository().resolve("tests/org.proposalstudio.language.server.tests/neovim/lsp-client.lua"));
		Map<String, String> environment = neovim.environment();
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("PROPOSAL_STUDIO", launcher().toString());
		environment.put("WORKSPACE", temp.toString());
		environment.put("PROPOSAL_FILE", temp.resolve(S03).toString());
		environment.put("RESULT_FILE", result.toString());
		environment.put("COMPLETION_AT", at(NavigationTest.position(text, "inner alignment", "intermittentOversight", 0)));
		environment.put("HOVER_AT", at(NavigationTest.position(text, "signal imitationLoss", "Amp(M)", 1)));
		environment.put("DEFINITION_AT", at(NavigationTest.position(text, "inner alignment", "intermittentOversight", 3)));
		environment.put("UNINDENT_LINE", at(NavigationTest.position(text, "model M", "model", 0)));
		neovim.redirectErrorStream(true).redirectOutput(temp.resolve("neovim.log").toFile()).directory(temp.toFile());
		Process process = neovim.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("Neovim did not finish in 3 minutes; its output: " + Files.readString(temp.resolve("neovim.log")));
		}
		assertTrue(Files.exists(result), "Neovim wrote no result; its output: " + Files.readString(temp.resolve("neovim.log")));
		JsonObject answers = JsonParser.parseString(Files.readString(result)).getAsJsonObject();
		assertNull(answers.get("failure"), answers.toString());

		JsonArray diagnostics = answers.getAsJsonArray("diagnostics");
		assertTrue(contains(diagnostics, "code", "after-the-fact-detection"), diagnostics.toString());

		JsonElement completion = answers.getAsJsonObject("completion").get("result");
		JsonArray items = completion.isJsonArray() ? completion.getAsJsonArray() : completion.getAsJsonObject().getAsJsonArray("items");
		assertTrue(contains(items, "label", "intermittentOversight") && contains(items, "label", "imitationLoss"), items.toString());

		String hover = answers.getAsJsonObject("hover").getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
		assertTrue(hover.startsWith("amplified model Amp(M)"), hover);

		JsonArray definitions = answers.getAsJsonObject("definition").getAsJsonArray("result");
		assertEquals(1, definitions.size(), definitions.toString());
		int declared = FiguresTest.lineOf(text, "oversight intermittentOversight");
		assertEquals(declared, definitions.get(0).getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());

		JsonArray edits = answers.getAsJsonObject("formatting").getAsJsonArray("result");
		assertFalse(edits.isEmpty(), answers.toString());
		assertTrue(contains(edits, "newText", "\n\t"), "the spaces become a tab: " + edits);
	}

	private static boolean contains(JsonArray array, String field, String value) {
		for (JsonElement element : array) {
			JsonElement found = element.getAsJsonObject().get(field);
			if (found != null && found.isJsonPrimitive() && found.getAsString().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static String at(org.eclipse.lsp4j.Position position) {
		return position.getLine() + "," + position.getCharacter();
	}

	private static Path onPath(String program) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The launcher of the command line distribution; the build passes the distribution's folder (pom.xml). */
	private static Path launcher() {
		String location = System.getProperty("proposalstudio.cliHome");
		Path launcher = location == null ? null : Path.of(location, "bin", "proposal-studio");
		if (launcher == null || !Files.isRegularFile(launcher)) {
			fail("The command line distribution is missing: no bin/proposal-studio in " + location
					+ "; build releng/cli-distribution before this module");
		}
		return launcher;
	}
}
