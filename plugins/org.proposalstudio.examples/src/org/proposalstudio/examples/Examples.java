package org.proposalstudio.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The repository's {@code examples/} folder as this bundle carries it: the paper's eleven proposals, the flawed
 * examples (one per check), the project's {@code proposals.properties} and the README. Wizards and the product's
 * first workspace copy them from here.
 */
public final class Examples {

	private static final String ROOT = "examples/";

	private Examples() {
	}

	/**
	 * Every file, as a path relative to the examples folder, e.g. {@code s02-rl-transparency-tools.proposal} or
	 * {@code flawed/missing-limit.proposal}; sorted, so the paper's proposals come in the paper's order.
	 */
	public static List<String> paths() {
		Enumeration<URL> entries = bundle().findEntries(ROOT, "*", true);
		List<String> paths = new ArrayList<>();
		for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String path = entry.getPath().substring(entry.getPath().indexOf(ROOT) + ROOT.length());
			if (!path.isEmpty() && !path.endsWith("/")) {
				paths.add(path);
			}
		}
		Collections.sort(paths);
		return paths;
	}

	/** The paper's proposals: the examples at the top level, e.g. {@code s03-imitative-amplification-intermittent-oversight.proposal}. */
	public static List<String> paperProposals() {
		return paths().stream().filter(path -> path.endsWith(".proposal") && !path.contains("/")).toList();
	}

	/** The content of the file at {@code path}, one of {@link #paths()}. */
	public static InputStream open(String path) throws IOException {
		URL entry = bundle().getEntry(ROOT + path);
		if (entry == null) {
			throw new IOException("no example " + path);
		}
		return entry.openStream();
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(Examples.class);
	}
}
