import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Lays out the command line's plain-Java distribution from the p2 repository Tycho made (run by the build as a
 * single-file program: {@code java AssembleDistribution.java REPOSITORY_PLUGINS LAUNCHER EXAMPLES DISTRIBUTION}):
 * <ul>
 * <li>{@code lib/}: a copy of each bundle without its signature. On a plain class path nothing checks OSGi signatures,
 * but the JVM still verifies a signed jar's entries as it loads them, parses the per-entry digests of its manifest,
 * and refuses to archive its classes for class data sharing.</li>
 * <li>{@code bin/proposal-studio}: the launcher, executable.</li>
 * <li>{@code examples/}: the paper's proposals, from which the launcher's training run makes the start-up archive.</li>
 * </ul>
 * A copy that is already there with its source's time stamp is left alone, and what has no source any more is removed,
 * so that only a changed distribution looks newer than its start-up archive.
 */
public final class AssembleDistribution {

	public static void main(String[] args) throws IOException {
		if (args.length != 4) {
			System.err.println("Usage: java AssembleDistribution.java REPOSITORY_PLUGINS LAUNCHER EXAMPLES DISTRIBUTION");
			System.exit(2);
		}
		Path plugins = Path.of(args[0]);
		Path launcher = Path.of(args[1]);
		Path examples = Path.of(args[2]);
		Path distribution = Path.of(args[3]);
		mirror(plugins, distribution.resolve("lib"), AssembleDistribution::copyWithoutSignature);
		mirror(examples, distribution.resolve("examples"), (source, target) -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
		Path bin = distribution.resolve("bin/proposal-studio");
		Files.createDirectories(bin.getParent());
		Files.copy(launcher, bin, StandardCopyOption.REPLACE_EXISTING);
		Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	interface Copier {
		void copy(Path source, Path target) throws IOException;
	}

	/** Makes {@code target} hold a copy of each file of {@code source}, updating only what changed. */
	private static void mirror(Path source, Path target, Copier copier) throws IOException {
		Set<Path> wanted = new HashSet<>();
		for (Path file : files(source)) {
			Path relative = source.relativize(file);
			Path copy = target.resolve(relative.toString());
			wanted.add(copy);
			FileTime time = Files.getLastModifiedTime(file);
			if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).equals(time)) {
				continue;
			}
			Files.createDirectories(copy.getParent());
			// written whole beside the target, then moved into place: a reader never sees half a jar
			Path partial = copy.resolveSibling(copy.getFileName() + ".partial");
			copier.copy(file, partial);
			Files.setLastModifiedTime(partial, time);
			Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		for (Path stale : files(target)) {
			if (!wanted.contains(stale)) {
				Files.delete(stale);
			}
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/**
	 * Copies a jar without its signature files, and with a manifest that keeps its attributes but not the digests the
	 * signature covered.
	 */
	private static void copyWithoutSignature(Path source, Path target) throws IOException {
		try (ZipFile jar = new ZipFile(source.toFile()); OutputStream file = Files.newOutputStream(target);
				ZipOutputStream out = new ZipOutputStream(file)) {
			Enumeration<? extends ZipEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (isSignatureFile(entry.getName())) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (InputStream in = jar.getInputStream(entry)) {
					if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
						withoutDigests(new Manifest(in)).write(out);
					} else {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		} catch (IOException | UncheckedIOException e) {
			throw new IOException(source + ": cannot copy it without its signature: " + e.getMessage(), e);
		}
	}

	/** Signature block and signature files: META-INF/*.SF, *.RSA, *.DSA, *.EC, SIG-* (the JAR file specification). */
	private static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		String file = upper.substring("META-INF/".length());
		return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
				|| file.startsWith("SIG-");
	}

	private static Manifest withoutDigests(Manifest signed) {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().putAll(signed.getMainAttributes());
		for (Map.Entry<String, Attributes> section : signed.getEntries().entrySet()) {
			Attributes kept = new Attributes();
			section.getValue().forEach((name, value) -> {
				if (!name.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST")) {
					kept.put(name, value);
				}
			});
			if (!kept.isEmpty()) {
				manifest.getEntries().put(section.getKey(), kept);
			}
		}
		return manifest;
	}
}
