package org.proposalstudio.safetycase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.safetycase.ArgumentElement;
import org.proposalstudio.safetycase.AssertionStatus;
import org.proposalstudio.safetycase.ElementKind;
import org.proposalstudio.safetycase.SafetyCase;
import org.proposalstudio.safetycase.format.Gsn2xWriter;
import org.proposalstudio.testing.ProposalInjectorProvider;
import org.yaml.snakeyaml.Yaml;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * gsn2x modules read back by a YAML parser and held to gsn2x's own validation rules (its documentation's V01 to V13 and
 * C01 to C16 where they apply to what we write).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class Gsn2xWriterTest {

	private static final Set<String> NODE_TYPES = Set.of("Goal", "Strategy", "Solution", "Context", "Assumption", "Justification",
			"CounterGoal");
	private static final Set<String> ELEMENT_KEYS = Set.of("nodeType", "text", "inContextOf", "supportedBy", "undeveloped", "challenges",
			"defeated", "url");

	@Inject
	private Injector injector;

	@Test
	void everyExampleIsAModuleGsn2xAccepts() {
		Map<String, SafetyCase> cases = Cases.ofExamples(injector);
		Map<String, Map<String, Map<String, Object>>> modules = new LinkedHashMap<>();
		for (SafetyCase safetyCase : cases.values()) {
			Map<String, Object> document = new Yaml().load(Gsn2xWriter.write(safetyCase));
			@SuppressWarnings("unchecked")
			Map<String, Object> module = (Map<String, Object>) document.remove("module");
			assertEquals(safetyCase.proposal(), module.get("name"));
			assertEquals("Safety case: " + safetyCase.title(), module.get("brief"));
			assertEquals(safetyCase.base() == null ? null : List.of(safetyCase.base() + ".gsn.yaml"), module.get("uses"));
			Map<String, Map<String, Object>> elements = new LinkedHashMap<>();
			document.forEach((id, element) -> elements.put(id, asMap(element)));
			modules.put(safetyCase.proposal(), elements);
			assertConforms(safetyCase, elements);
		}
		Set<String> ids = new HashSet<>();
		modules.values().forEach(elements -> elements.keySet().forEach(id -> assertTrue(ids.add(id), "C07: ids are unique across modules: " + id)));
	}

	private static void assertConforms(SafetyCase safetyCase, Map<String, Map<String, Object>> elements) {
		String module = safetyCase.proposal();
		assertEquals(safetyCase.elements().stream().map(ArgumentElement::id).toList(), List.copyOf(elements.keySet()), module);
		Map<String, String> types = new HashMap<>();
		elements.forEach((id, element) -> types.put(id, (String) element.get("nodeType")));
		Set<String> referenced = new HashSet<>();
		for (Map.Entry<String, Map<String, Object>> entry : elements.entrySet()) {
			String id = entry.getKey();
			Map<String, Object> element = entry.getValue();
			String where = module + ": " + id;
			assertTrue(ELEMENT_KEYS.containsAll(element.keySet()), where + " has other keys: " + element.keySet());
			String type = (String) element.get("nodeType");
			assertTrue(NODE_TYPES.contains(type), "V01: " + where + " has type " + type);
			assertTrue(id.startsWith(prefixOf(type) + "_"), "V08: the id of " + where + " agrees with its type " + type);
			assertTrue(element.get("text") instanceof String text && !text.isBlank(), where + " has a text");
			List<String> supportedBy = strings(element.get("supportedBy"));
			List<String> inContextOf = strings(element.get("inContextOf"));
			boolean undeveloped = Boolean.TRUE.equals(element.get("undeveloped"));
			if (type.equals("Goal") || type.equals("Strategy")) {
				assertTrue(undeveloped != !supportedBy.isEmpty(), "V02/V03: " + where + " is developed or marked undeveloped, not both");
			} else {
				assertFalse(undeveloped, where);
				assertTrue(supportedBy.isEmpty() && inContextOf.isEmpty(), "V04: only goals and strategies have support or context: " + where);
			}
			for (String target : supportedBy) {
				assertTrue(Set.of("Goal", "Strategy", "Solution").contains(types.get(target)), "V04/C03: " + where + " supported by " + target);
			}
			for (String target : inContextOf) {
				assertTrue(Set.of("Context", "Assumption", "Justification").contains(types.get(target)), "V04/C03: " + where + " in context of " + target);
			}
			assertEquals(supportedBy.size(), new HashSet<>(supportedBy).size(), "V05: " + where);
			assertEquals(inContextOf.size(), new HashSet<>(inContextOf).size(), "V05: " + where);
			assertFalse(supportedBy.contains(id) || inContextOf.contains(id), "V06: " + where);
			referenced.addAll(supportedBy);
			referenced.addAll(inContextOf);
			Object challenges = element.get("challenges");
			assertEquals(type.equals("CounterGoal"), challenges != null, "V12: only counter goals challenge: " + where);
			if (challenges != null) {
				assertTrue(elements.containsKey(challenges), "C14: " + where + " challenges " + challenges);
				assertFalse(id.equals(challenges), "C13: " + where);
			}
			if (Boolean.TRUE.equals(element.get("defeated"))) {
				assertTrue(elements.values().stream().anyMatch(other -> id.equals(other.get("challenges"))), "V10: " + where + " is defeated by a challenge");
			}
			ArgumentElement original = safetyCase.element(id).orElseThrow();
			assertEquals(original.text(), element.get("text"), where + ": the text reads back unchanged");
			assertEquals(original.status() == AssertionStatus.DEFEATED, Boolean.TRUE.equals(element.get("defeated")), where);
			assertEquals(original.url(), element.get("url"), where);
		}
		List<String> roots = elements.entrySet().stream()
				.filter(entry -> !referenced.contains(entry.getKey()) && entry.getValue().get("challenges") == null).map(Map.Entry::getKey).toList();
		assertEquals(List.of(safetyCase.top().id()), roots, "C01: one unreferenced element in " + module);
		assertEquals("Goal", types.get(roots.get(0)), "C02: the top is a goal");
		assertAcyclic(elements, module);
	}

	private static void assertAcyclic(Map<String, Map<String, Object>> elements, String module) {
		Map<String, Integer> state = new HashMap<>();
		for (String start : elements.keySet()) {
			Deque<String> path = new ArrayDeque<>();
			visit(start, elements, state, path, module);
		}
	}

	private static void visit(String id, Map<String, Map<String, Object>> elements, Map<String, Integer> state, Deque<String> path, String module) {
		Integer seen = state.get(id);
		assertFalse(Integer.valueOf(1).equals(seen), "C04: supportedBy cycles in " + module + " through " + path);
		if (seen != null) {
			return;
		}
		state.put(id, 1);
		path.push(id);
		for (String next : strings(elements.get(id).get("supportedBy"))) {
			visit(next, elements, state, path, module);
		}
		path.pop();
		state.put(id, 2);
	}

	@Test
	void textsWithQuotesLineBreaksAndMarkupReadBackUnchanged() {
		String text = "He said \"no\": \\ 'quoted' #not-a-comment\n- not a list\tTab \u2028 \u00a7 \u03c0 {braces} [brackets] &anchor *alias";
		SafetyCase safetyCase = new SafetyCase("P", "T", null, List.of(new ArgumentElement("G_P", ElementKind.GOAL, "n", text, List.of(),
				List.of(), null, true, AssertionStatus.NEEDS_SUPPORT, null, null, null)));
		Map<String, Object> document = new Yaml().load(Gsn2xWriter.write(safetyCase));
		assertEquals(text, asMap(document.get("G_P")).get("text"));
	}

	@Test
	void writingTheSameCaseTwiceGivesTheSameBytes() {
		SafetyCase s3 = Cases.ofExamples(injector).get(SafetyCasesTest.S3);
		assertEquals(Gsn2xWriter.write(s3), Gsn2xWriter.write(Cases.ofExamples(injector).get(SafetyCasesTest.S3)));
	}

	private static String prefixOf(String type) {
		return ElementKind.valueOf(type.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)).idPrefix();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : new ArrayList<>((List<String>) value);
	}
}
