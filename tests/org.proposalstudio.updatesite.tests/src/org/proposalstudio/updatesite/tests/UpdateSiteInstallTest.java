package org.proposalstudio.updatesite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proposalstudio.updatesite.tests.Installation.ConfiguredBundle;

/**
 * The build installed the feature from the update site, and from nothing else, into a copy of a plain Eclipse
 * Platform, through the platform's own p2 profile (pom.xml). These tests check what that install left behind.
 */
class UpdateSiteInstallTest {

	private static final String PROPOSAL_STUDIO_PREFIX = "org.proposalstudio.";

	private static Installation plain;
	private static Installation installed;
	private static String profile;
	private static String featureGroup;

	@BeforeAll
	static void locateInstallations() {
		plain = Installation.fromProperty("proposalstudio.plainPlatform");
		installed = Installation.fromProperty("proposalstudio.installedPlatform");
		profile = TestProperties.get("proposalstudio.p2Profile");
		featureGroup = TestProperties.get("proposalstudio.feature") + ".feature.group";
	}

	@Test
	void thePlainPlatformHasNeitherXtextNorProposalStudio() throws IOException {
		Set<String> bundles = plain.configuredSymbolicNames();
		// proves we read a real platform configuration, so that the absences below mean something
		assertTrue(bundles.contains("org.eclipse.ui.ide.application"), "not an Eclipse IDE platform: " + plain.root());
		assertFalse(bundles.contains("org.eclipse.xtext"), "the plain platform already has Xtext, so the test cannot tell whether the site brings it");
		assertEquals(Set.of(), withPrefix(bundles, PROPOSAL_STUDIO_PREFIX), "the plain platform already has Proposal Studio bundles");
		assertFalse(plain.profileUnits(profile).stream().anyMatch(u -> u.id().equals(featureGroup)), "the plain platform's profile already has " + featureGroup);
	}

	@Test
	void theFeatureIsARootOfThePlatformsOwnProfile() throws IOException {
		assertEquals(Set.of(profile), installed.profileNames(), "the install must extend the platform's profile, not create another one");
		Set<String> roots = installed.profileRoots(profile);
		assertTrue(roots.contains(featureGroup), featureGroup + " is not installed; roots: " + roots);
		assertTrue(roots.containsAll(plain.profileRoots(profile)), "the install removed what the platform had installed; roots: " + roots);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.proposalstudio.model", "org.proposalstudio.checks", "org.proposalstudio.language",
			"org.proposalstudio.language.ide", "org.eclipse.xtext", "org.eclipse.xtext.ide", "com.google.inject",
			"org.antlr.runtime", "org.eclipse.lsp4j", "org.eclipse.elk.core", "org.eclipse.elk.alg.layered" })
	void theLauncherInstallsTheBundle(String symbolicName) throws IOException {
		List<ConfiguredBundle> matches = installed.configuredBundles().stream()
				.filter(b -> b.symbolicName().equals(symbolicName)).toList();
		assertEquals(1, matches.size(), symbolicName + " in bundles.info: " + matches);
		assertTrue(Files.isRegularFile(matches.get(0).file()), "bundles.info points to a missing file: " + matches.get(0));
	}

	@Test
	void everyBundleOfTheFeatureIsConfiguredAtTheVersionTheSitePublished() throws IOException {
		Map<String, String> included = UpdateSite.includedBundles(Path.of(TestProperties.get("proposalstudio.updateSite")),
				TestProperties.get("proposalstudio.feature"));
		assertTrue(included.keySet().containsAll(Set.of("org.proposalstudio.language", "org.eclipse.xtext")),
				"not the Proposal Studio feature: " + included.keySet());
		Map<String, String> configured = new TreeMap<>();
		for (ConfiguredBundle b : installed.configuredBundles()) {
			configured.put(b.symbolicName() + "_" + b.version(), b.file().toString());
		}
		Set<String> missing = new TreeSet<>();
		included.forEach((id, version) -> {
			if (!configured.containsKey(id + "_" + version)) {
				missing.add(id + "_" + version);
			}
		});
		assertEquals(Set.of(), missing, "included in the feature but not in bundles.info");
	}

	/** Two versions of one bundle mean the install brought a copy of something the platform has, a clash waiting to happen. */
	@Test
	void noBundleIsConfiguredInTwoVersions() throws IOException {
		Map<String, Set<String>> versions = installed.configuredBundles().stream().collect(Collectors.groupingBy(
				ConfiguredBundle::symbolicName, TreeMap::new, Collectors.mapping(ConfiguredBundle::version, Collectors.toCollection(TreeSet::new))));
		versions.values().removeIf(v -> v.size() < 2);
		assertEquals(Map.of(), versions);
	}

	/** Installing Proposal Studio must not update, downgrade or drop anything the platform had. */
	@Test
	void thePlatformsBundlesAreUnchanged() throws IOException {
		Set<String> before = versioned(plain.configuredBundles());
		Set<String> after = versioned(installed.configuredBundles());
		Set<String> lost = new TreeSet<>(before);
		lost.removeAll(after);
		assertEquals(Set.of(), lost);
	}

	@Test
	void everyConfiguredBundleExists() throws IOException {
		Set<Path> missing = installed.configuredBundles().stream().map(ConfiguredBundle::file)
				.filter(f -> !Files.exists(f)).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of(), missing);
	}

	private static Set<String> versioned(List<ConfiguredBundle> bundles) {
		return bundles.stream().map(b -> b.symbolicName() + "_" + b.version()).collect(Collectors.toSet());
	}

	private static Set<String> withPrefix(Set<String> names, String prefix) {
		return names.stream().filter(n -> n.startsWith(prefix)).collect(Collectors.toSet());
	}
}
