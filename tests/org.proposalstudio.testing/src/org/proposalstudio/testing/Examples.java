package org.proposalstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;

import com.google.inject.Injector;

/**
 * The repository's {@code examples/}: the paper's eleven proposals and the flawed examples, one per check. The build
 * passes the repository's location in the system property {@value #REPOSITORY_PROPERTY}.
 */
public final class Examples {

	public static final String REPOSITORY_PROPERTY = "proposalstudio.repository";

	private Examples() {
	}

	public static Path repository() {
		String location = System.getProperty(REPOSITORY_PROPERTY);
		if (location == null) {
			throw new IllegalStateException("run the tests through the build, which sets -D" + REPOSITORY_PROPERTY);
		}
		return Path.of(location);
	}

	public static Path folder() {
		return repository().resolve("examples");
	}

	/** The faithful models of the paper's proposals, e.g. {@code s03-imitative-amplification-intermittent-oversight.proposal}. */
	public static List<Path> faithful() {
		return proposalFilesIn(folder());
	}

	/** The deliberately flawed examples, {@code flawed/<check-id>.proposal}. */
	public static List<Path> flawed() {
		return proposalFilesIn(folder().resolve("flawed"));
	}

	private static List<Path> proposalFilesIn(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".proposal")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads every example into one resource set, so that {@code extends} across files resolves, keyed by file name. */
	public static Map<String, Resource> loadAll(Injector injector) {
		ResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<String, Resource> loaded = new LinkedHashMap<>();
		Stream.concat(faithful().stream(), flawed().stream()).forEach(file -> loaded.put(key(file), load(resourceSet, file)));
		return loaded;
	}

	/** The key of an example: its path below examples/, e.g. {@code flawed/missing-limit.proposal}. */
	public static String key(Path file) {
		return folder().relativize(file).toString();
	}

	private static Resource load(ResourceSet resourceSet, Path file) {
		return resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	/** The proposal named {@code name} in a loaded example. */
	public static Proposal proposal(Resource resource, String name) {
		return ((ProposalModel) resource.getContents().get(0)).getProposals().stream()
				.filter(proposal -> name.equals(proposal.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no proposal " + name + " in " + resource.getURI()));
	}
}
