package org.proposalstudio.updatesite.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The built update site (a p2 repository folder). */
final class UpdateSite {

	private UpdateSite() {
	}

	/** Symbolic name to version of every bundle the feature includes, as published in the site. */
	static Map<String, String> includedBundles(Path repository, String featureId) throws IOException {
		Path featureJar = featureJar(repository, featureId);
		try (ZipFile zip = new ZipFile(featureJar.toFile())) {
			ZipEntry entry = zip.getEntry("feature.xml");
			if (entry == null) {
				throw new IOException("No feature.xml in " + featureJar);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return Xml.children(Xml.parse(in, featureJar.toString()), "plugin").stream()
						.collect(Collectors.toMap(p -> p.getAttribute("id"), p -> p.getAttribute("version")));
			}
		}
	}

	private static Path featureJar(Path repository, String featureId) throws IOException {
		List<Path> jars;
		try (Stream<Path> features = Files.list(repository.resolve("features"))) {
			jars = features.filter(p -> p.getFileName().toString().startsWith(featureId + "_")).toList();
		}
		if (jars.size() != 1) {
			throw new IOException("Expected one " + featureId + " in " + repository + ", found " + jars);
		}
		return jars.get(0);
	}
}
