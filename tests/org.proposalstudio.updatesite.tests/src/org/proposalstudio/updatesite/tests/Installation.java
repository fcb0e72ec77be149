package org.proposalstudio.updatesite.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.w3c.dom.Element;

/** An Eclipse installation on disk, read the way its launcher and p2 read it. */
final class Installation {

	/** One line of bundles.info: what the launcher starts. */
	record ConfiguredBundle(String symbolicName, String version, Path file) {
	}

	/** An installable unit recorded in a p2 profile. */
	record Unit(String id, String version) {
	}

	private final Path root;

	private Installation(Path root) {
		this.root = root;
	}

	/** The installation whose folder the build passes in the given system property. */
	static Installation fromProperty(String name) {
		Path root = Path.of(TestProperties.get(name));
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException(name + " is not a folder: " + root);
		}
		return new Installation(root);
	}

	Path root() {
		return root;
	}

	List<ConfiguredBundle> configuredBundles() throws IOException {
		Path bundlesInfo = root.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		try (Stream<String> lines = Files.lines(bundlesInfo)) {
			return lines.filter(line -> !line.isBlank() && !line.startsWith("#")).map(this::parseBundlesInfoLine).toList();
		}
	}

	/** A line is symbolicName,version,location,startLevel,autoStart; locations are relative to the installation. */
	private ConfiguredBundle parseBundlesInfoLine(String line) {
		String[] fields = line.split(",");
		if (fields.length != 5) {
			throw new IllegalStateException("Unexpected bundles.info line in " + root + ": " + line);
		}
		return new ConfiguredBundle(fields[0], fields[1], root.resolve(fields[2]));
	}

	Set<String> configuredSymbolicNames() throws IOException {
		return configuredBundles().stream().map(ConfiguredBundle::symbolicName).collect(Collectors.toSet());
	}

	/** The names of the p2 profiles in the installation's profile registry. */
	Set<String> profileNames() throws IOException {
		try (Stream<Path> profiles = Files.list(profileRegistry())) {
			return profiles.map(p -> p.getFileName().toString())
					.filter(n -> n.endsWith(".profile"))
					.map(n -> n.substring(0, n.length() - ".profile".length()))
					.collect(Collectors.toSet());
		}
	}

	/** All units of the profile's current state. */
	Set<Unit> profileUnits(String profile) throws IOException {
		return Xml.children(currentProfileState(profile), "units", "unit").stream()
				.map(u -> new Unit(u.getAttribute("id"), u.getAttribute("version")))
				.collect(Collectors.toSet());
	}

	/** The ids of the units that were installed explicitly (p2's roots), not pulled in as requirements. */
	Set<String> profileRoots(String profile) throws IOException {
		return Xml.children(currentProfileState(profile), "iusProperties", "iuProperties").stream()
				.filter(iu -> Xml.children(iu, "properties", "property").stream()
						.anyMatch(p -> "org.eclipse.equinox.p2.type.root".equals(p.getAttribute("name"))
								&& "true".equals(p.getAttribute("value"))))
				.map(iu -> iu.getAttribute("id"))
				.collect(Collectors.toSet());
	}

	/** p2 writes each state of a profile as <timestamp>.profile.gz; the newest one is the current state. */
	private Element currentProfileState(String profile) throws IOException {
		Path state;
		try (Stream<Path> states = Files.list(profileRegistry().resolve(profile + ".profile"))) {
			state = states.filter(p -> p.getFileName().toString().endsWith(".profile.gz"))
					.max(Comparator.comparingLong(Installation::timestamp))
					.orElseThrow(() -> new IllegalStateException("No state of profile " + profile + " in " + root));
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(state))) {
			return Xml.parse(in, state.toString());
		}
	}

	private static long timestamp(Path profileState) {
		String name = profileState.getFileName().toString();
		return Long.parseLong(name.substring(0, name.indexOf('.')));
	}

	private Path profileRegistry() {
		return root.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry");
	}
}
