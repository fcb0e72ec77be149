package org.proposalstudio.safetycase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.format.NameBasedUuid;
import org.proposalstudio.safetycase.format.TeaWriter;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.google.inject.Injector;

/** TEA's nested export format, version "1.0": its structure, the field rules per element type, and its UUIDs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class TeaWriterTest {

	private static final Instant EXPORTED = Instant.parse("2026-01-02T03:04:05.678Z");
	private static final Set<String> TYPES = Set.of("GOAL", "STRATEGY", "PROPERTY_CLAIM", "EVIDENCE", "CONTEXT", "ASSUMPTION", "JUSTIFICATION");
	private static final Set<String> STATUSES = Set.of("ASSERTED", "NEEDS_SUPPORT", "ASSUMED", "DEFEATED");
	private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "name", "description", "inSandbox", "assertionStatus", "children");

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	@Test
	void everyExampleFollowsTheExportFormatAndItsFieldRules() {
		for (SafetyCase safetyCase : Cases.ofExamples(injector).values()) {
			JsonObject document = JsonParser.parseString(TeaWriter.write(safetyCase, EXPORTED)).getAsJsonObject();
			assertEquals(Set.of("version", "exportedAt", "case", "tree"), document.keySet());
			assertEquals("1.0", document.get("version").getAsString());
			assertEquals("2026-01-02T03:04:05Z", document.get("exportedAt").getAsString());
			JsonObject description = document.getAsJsonObject("case");
			assertEquals(safetyCase.title(), description.get("name").getAsString());
			assertTrue(description.get("description").getAsString().contains(safetyCase.proposal()));
			JsonObject tree = document.getAsJsonObject("tree");
			assertEquals("GOAL", tree.get("type").getAsString());
			assertEquals("TOP_LEVEL", tree.get("role").getAsString());
			List<JsonObject> nodes = new ArrayList<>();
			collect(tree, nodes);
			Set<String> ids = new HashSet<>();
			for (JsonObject node : nodes) {
				String where = safetyCase.proposal() + ": " + node.get("name");
				assertTrue(node.keySet().containsAll(COMMON_FIELDS), where + " lacks fields: " + node.keySet());
				String type = node.get("type").getAsString();
				assertTrue(TYPES.contains(type), where + ": " + type);
				assertTrue(ids.add(node.get("id").getAsString()), where + ": an id twice");
				UUID id = UUID.fromString(node.get("id").getAsString());
				assertEquals(5, id.version(), where + ": a name-based (SHA-1) UUID");
				assertEquals(2, id.variant(), where + ": RFC 4122's variant");
				assertFalse(node.get("inSandbox").getAsBoolean());
				assertTrue(STATUSES.contains(node.get("assertionStatus").getAsString()), where);
				assertEquals(type.equals("GOAL"), node.has("role"), where + ": role on goals only");
				assertTrue(!node.has("url") || type.equals("EVIDENCE"), where + ": url on evidence only");
				assertEquals(type.equals("PROPERTY_CLAIM"), node.has("level"), where + ": level on property claims, and only there");
				if (Set.of("EVIDENCE", "CONTEXT", "ASSUMPTION", "JUSTIFICATION").contains(type)) {
					assertEquals(0, node.getAsJsonArray("children").size(), where + ": a leaf");
				}
				for (JsonElement child : node.getAsJsonArray("children")) {
					JsonObject childNode = child.getAsJsonObject();
					if (childNode.has("isDefeater")) {
						assertTrue(childNode.get("isDefeater").getAsBoolean());
						assertEquals(node.get("id").getAsString(), childNode.get("defeatsElementId").getAsString(), where + ": a defeater stands under what it defeats");
						assertEquals("PROPERTY_CLAIM", childNode.get("type").getAsString());
						assertTrue(Set.of("DEFEATED", "NEEDS_SUPPORT").contains(node.get("assertionStatus").getAsString()),
								where + " is defeated, or undeveloped");
					} else {
						assertFalse(childNode.has("defeatsElementId"), where);
					}
					if (childNode.get("type").getAsString().equals("PROPERTY_CLAIM")) {
						int parentLevel = node.has("level") ? node.get("level").getAsInt() : 0;
						int expected = type.equals("STRATEGY") ? levelAbove(nodes, node) + 1 : parentLevel + 1;
						assertEquals(expected, childNode.get("level").getAsInt(), where + ": the level of " + childNode.get("name"));
					}
				}
			}
			long defeaters = nodes.stream().filter(node -> node.has("isDefeater")).count();
			assertEquals(safetyCase.challenges().size() > 0, defeaters > 0, safetyCase.proposal());
			for (ArgumentElement element : safetyCase.elements()) {
				assertTrue(nodes.stream().anyMatch(node -> node.get("name").getAsString().equals(element.name())
						&& node.get("description").getAsString().equals(element.text())
						&& node.get("assertionStatus").getAsString().equals(element.status().name())),
						safetyCase.proposal() + ": " + element.id() + " is in the tree with its status");
			}
		}
	}

	/** The level of the property claim a strategy stands under, 0 under the top goal. */
	private static int levelAbove(List<JsonObject> nodes, JsonObject strategy) {
		for (JsonObject node : nodes) {
			for (JsonElement child : node.getAsJsonArray("children")) {
				if (child.getAsJsonObject() == strategy) {
					return node.has("level") ? node.get("level").getAsInt() : 0;
				}
			}
		}
		return 0;
	}

	private static void collect(JsonObject node, List<JsonObject> nodes) {
		nodes.add(node);
		node.getAsJsonArray("children").forEach(child -> collect(child.getAsJsonObject(), nodes));
	}

	@Test
	void aMissingInnerAlignmentArgumentNeedsSupportAndIsChallenged() {
		SafetyCase flawed = Cases.ofExamples(injector).get("FlawedOuterAlignmentOnly");
		JsonObject tree = JsonParser.parseString(TeaWriter.write(flawed, EXPORTED)).getAsJsonObject().getAsJsonObject("tree");
		List<JsonObject> nodes = new ArrayList<>();
		collect(tree, nodes);
		JsonObject inner = nodes.stream().filter(node -> node.get("name").getAsString().equals("Inner alignment")).findFirst().orElseThrow();
		assertEquals("NEEDS_SUPPORT", inner.get("assertionStatus").getAsString());
		assertEquals(1, inner.get("level").getAsInt());
		JsonObject defeater = inner.getAsJsonArray("children").get(0).getAsJsonObject();
		assertEquals("missing-inner-alignment (error)", defeater.get("name").getAsString());
		assertEquals(inner.get("id").getAsString(), defeater.get("defeatsElementId").getAsString());
		assertEquals(2, defeater.get("level").getAsInt());
	}

	@Test
	void idsAreNameBasedUuidsThatSurviveAnUnrelatedEdit() throws Exception {
		assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
				NameBasedUuid.of(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"), "RFC 4122's DNS namespace");
		String s3 = Files.readString(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal"));
		String edited = s3.replace("Like outer alignment, performance competitiveness rests on HCH", "Performance competitiveness rests on HCH");
		Map<String, String> before = idsByName(TeaWriter.write(Cases.ofTexts(injector, temp.resolve("a"), Map.of("s03.proposal", s3))
				.get(SafetyCasesTest.S3), EXPORTED));
		Map<String, String> after = idsByName(TeaWriter.write(Cases.ofTexts(injector, temp.resolve("b"), Map.of("s03.proposal", edited))
				.get(SafetyCasesTest.S3), EXPORTED));
		assertEquals(before, after);
	}

	private static Map<String, String> idsByName(String json) {
		List<JsonObject> nodes = new ArrayList<>();
		collect(JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("tree"), nodes);
		Map<String, String> ids = new TreeMap<>();
		nodes.forEach(node -> ids.merge(node.get("name").getAsString(), node.get("id").getAsString(), (a, b) -> a + " " + b));
		return ids;
	}

	@Test
	void writingTheSameCaseTwiceGivesTheSameBytes() {
		assertEquals(TeaWriter.write(Cases.ofExamples(injector).get(SafetyCasesTest.S3), EXPORTED),
				TeaWriter.write(Cases.ofExamples(injector).get(SafetyCasesTest.S3), EXPORTED));
	}
}
