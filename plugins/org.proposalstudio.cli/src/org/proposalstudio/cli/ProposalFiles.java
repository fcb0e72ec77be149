package org.proposalstudio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.proposalstudio.checks.ProposalsProperties;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;

import com.google.inject.Injector;

/**
 * Finds and reads proposal files for a command. A file is read strictly as UTF-8, and only a regular file no larger
 * than {@link Limits#MAX_FILE_BYTES}: a FIFO or a device named {@code .proposal} would block or never end. Every file
 * that cannot be read is reported, one line each, and the others are loaded all the same. The files requested are
 * loaded together with the other proposal files of their project, so that {@code extends} across files resolves: a
 * project is the nearest folder holding a {@value ProposalsProperties#FILE_NAME}, or else the file's own folder.
 */
final class ProposalFiles {

	static final String EXTENSION = ".proposal";

	private final Supplier<Injector> injector;

	ProposalFiles(Supplier<Injector> injector) {
		this.injector = injector;
	}

	Injector injector() {
		return injector.get();
	}

	/**
	 * The loaded files of one command run, and a line for each operand or file that could not be read.
	 */
	record Loaded(XtextResourceSet resourceSet, List<XtextResource> requested, List<String> unreadable) {

		/** The exit status of a run that ended with {@code status}: bad input when a file could not be read. */
		int exitCode(int status) {
			return unreadable.isEmpty() ? status : Math.max(status, ExitCode.BAD_INPUT);
		}
	}

	/**
	 * The {@code .proposal} files named by the operands, directories searched recursively, in a stable order; operands
	 * that name nothing usable are added to {@code problems}.
	 */
	private static List<Path> expand(List<String> operands, List<String> problems) {
		// keyed by absolute path: the same file named twice, e.g. relative and absolute, is loaded once
		Map<Path, Path> files = new LinkedHashMap<>();
		for (String operand : operands) {
			Path path = Path.of(operand);
			if (!Files.exists(path)) {
				problems.add(operand + ": no such file or directory");
			} else if (Files.isDirectory(path)) {
				try {
					List<Path> found = proposalFilesUnder(path);
					if (found.isEmpty()) {
						problems.add(operand + ": no " + EXTENSION + " files in this directory");
					}
					found.forEach(file -> files.putIfAbsent(absolute(file), file));
				} catch (InputException e) {
					problems.addAll(e.problems());
				}
			} else if (!operand.endsWith(EXTENSION)) {
				problems.add(operand + ": not a " + EXTENSION + " file");
			} else if (!Files.isRegularFile(path)) {
				problems.add(operand + ": not a regular file (a pipe, a device or a socket); name a file");
			} else {
				files.putIfAbsent(absolute(path), path.normalize());
			}
		}
		return List.copyOf(files.values());
	}

	private static List<Path> proposalFilesUnder(Path directory) throws InputException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(path -> path.toString().endsWith(EXTENSION) && Files.isRegularFile(path))
					.filter(path -> !isIgnored(directory.relativize(path))).map(Path::normalize).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new InputException(directory + ": cannot list the directory: " + e.getMessage());
		}
	}

	/** Build output and hidden folders hold copies, not sources. */
	private static boolean isIgnored(Path relative) {
		for (Path segment : relative) {
			String name = segment.toString();
			if (name.equals("target") || name.startsWith(".") && name.length() > 1 && !name.equals("..")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Loads the files the operands name, and the other files of their projects. Every operand or file that cannot be
	 * read is reported in {@link Loaded#unreadable()}, one line each; the others are loaded.
	 *
	 * @throws InputException when no file at all can be read: there is nothing to work on
	 */
	Loaded load(List<String> operands) throws InputException {
		List<String> problems = new ArrayList<>();
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Path file : expand(operands, problems)) {
			try {
				texts.put(file, read(file));
			} catch (InputException e) {
				problems.addAll(e.problems());
			}
		}
		if (texts.isEmpty()) {
			throw new InputException(problems);
		}
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		List<XtextResource> requested = new ArrayList<>();
		for (Map.Entry<Path, String> file : texts.entrySet()) {
			requested.add(load(resourceSet, file.getKey(), file.getValue()));
		}
		loadSiblings(resourceSet, texts.keySet());
		return new Loaded(resourceSet, requested, List.copyOf(problems));
	}

	/** The proposals of a loaded file: none for a file without any (the parser gives every file a model). */
	static List<Proposal> proposalsOf(XtextResource resource) {
		return resource.getContents().isEmpty() ? List.of() : ((ProposalModel) resource.getContents().get(0)).getProposals();
	}

	/**
	 * Loads {@code text} as the content of {@code file}, e.g. the file as an earlier commit has it, with the other files
	 * of its project as they are, in a resource set of its own.
	 */
	Loaded load(Path file, String text) throws InputException {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = load(resourceSet, file, text);
		loadSiblings(resourceSet, List.of(file));
		return new Loaded(resourceSet, List.of(resource), List.of());
	}

	/** The other files of the projects of {@code files}, which are loaded already. */
	private static void loadSiblings(XtextResourceSet resourceSet, Collection<Path> files) {
		Set<Path> loaded = new LinkedHashSet<>(files.stream().map(ProposalFiles::absolute).toList());
		for (Path project : projectsOf(files)) {
			for (Path sibling : siblingsIn(project)) {
				if (loaded.add(absolute(sibling))) {
					try {
						load(resourceSet, sibling, read(sibling));
					} catch (InputException unreadableSibling) {
						// only what the user asked for is reported; an unreadable neighbour just cannot be referenced
					}
				}
			}
		}
	}

	private static XtextResource load(XtextResourceSet resourceSet, Path file, String text) throws InputException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(absolute(file).toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new InputException(file + ": cannot load: " + e.getMessage());
		}
		return resource;
	}

	private static List<Path> siblingsIn(Path project) {
		try {
			return proposalFilesUnder(project);
		} catch (InputException unlistable) {
			return List.of();
		}
	}

	private static Set<Path> projectsOf(Iterable<Path> files) {
		Set<Path> projects = new LinkedHashSet<>();
		for (Path file : files) {
			projects.add(projectOf(absolute(file)));
		}
		return projects;
	}

	/** The nearest folder with a proposals.properties above the file, or the file's folder. */
	static Path projectOf(Path file) {
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(ProposalsProperties.FILE_NAME))) {
				return folder;
			}
		}
		return file.getParent();
	}

	static Path absolute(Path path) {
		return path.toAbsolutePath().normalize();
	}

	/** Reads a text file as UTF-8, reporting another encoding with the line and column of the first bad byte. */
	static String read(Path file) throws InputException {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > Limits.MAX_FILE_BYTES) {
				throw new InputException(String.format("%s:1:1: the file has %,d bytes, more than the %,d that Proposal Studio reads "
						+ "in one file; split it into several files", file, size, Limits.MAX_FILE_BYTES));
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new InputException(file + ": no such file");
		} catch (AccessDeniedException e) {
			throw new InputException(file + ": permission denied");
		} catch (IOException e) {
			throw new InputException(file + ": cannot read: " + e.getMessage());
		}
		return text(file.toString(), bytes);
	}

	/**
	 * The bytes of a file as UTF-8 text; {@code file} names it in the message when it is in another encoding, or not
	 * text at all.
	 */
	static String text(String file, byte[] bytes) throws InputException {
		if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
			throw new InputException(file + ":1:1: the file is encoded in UTF-16; save it as UTF-8");
		}
		if (looksLikeUtf16(bytes)) {
			throw new InputException(file + ":1:1: the file is encoded in UTF-16 (without byte order mark); save it as UTF-8");
		}
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
		if (result.isError()) {
			int bad = in.position();
			String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
			throw new InputException(String.format("%s:%s: not valid UTF-8 (byte 0x%02X); save the file as UTF-8", file,
					position(before, before.length()), bytes[bad] & 0xFF));
		}
		String text = out.flip().toString();
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw new InputException(file + ":" + position(text, nul) + ": not a text file (it contains NUL bytes)");
		}
		return text;
	}

	/**
	 * Whether the file starts like UTF-16 text without a byte order mark: mostly ASCII characters, each with a NUL byte
	 * before (big endian) or after it (little endian). UTF-8 text has no NUL bytes at all.
	 */
	private static boolean looksLikeUtf16(byte[] bytes) {
		int length = Math.min(bytes.length, 512) & ~1;
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < length; i += 2) {
			evenZeros += bytes[i] == 0 ? 1 : 0;
			oddZeros += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = length / 2;
		return pairs > 0 && (evenZeros == 0 && oddZeros * 2 >= pairs || oddZeros == 0 && evenZeros * 2 >= pairs);
	}

	/** "line:column", 1-based, of {@code offset} in {@code text}. */
	private static String position(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return line + ":" + (offset - lineStart + 1);
	}

	/** The resource's file as the user would name it: relative to the working directory when it lies below it. */
	static String displayName(Resource resource) {
		return displayName(Path.of(resource.getURI().toFileString()));
	}

	static String displayName(Path file) {
		Path absolute = absolute(file);
		Path workingDirectory = absolute(Path.of(""));
		return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
	}
}
