package org.proposalstudio.model.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that a reader never sees half a file and a failure never destroys the previous one: the
 * content goes to a temporary file beside the target, which then replaces the target in one move. A replaced file
 * keeps its permissions; a new file gets the usual ones (not the owner-only ones of a temporary file). The command
 * line and the workbench's exports write through here.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/**
	 * Writes {@code content} to {@code target}, creating its folders.
	 *
	 * @throws IOException whose message is the reason, fit to show a user: "permission denied", "it is a directory"
	 */
	public static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.isDirectory(absolute)) {
			throw new IOException("it is a directory");
		}
		Path temporary = null;
		try {
			Files.createDirectories(absolute.getParent());
			temporary = createTemporary(absolute);
			Files.write(temporary, content);
			keepPermissions(absolute, temporary);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (AccessDeniedException e) {
			throw new IOException("permission denied", e);
		} catch (FileAlreadyExistsException e) {
			// from createDirectories: a file stands where a folder is needed
			throw new IOException(e.getFile() + " is not a directory", e);
		} catch (FileSystemException e) {
			// the reason alone: the exception's message would name the temporary file, which means nothing to the user
			throw new IOException(e.getReason() != null ? e.getReason() : "the file system refused", e);
		} finally {
			deleteQuietly(temporary);
		}
	}

	/**
	 * A new hidden file beside the target. Created like any new file, so that it gets the permissions the user's umask
	 * gives; {@code Files.createTempFile} would make it, and so the output, readable by its owner only.
	 */
	private static Path createTemporary(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path candidate = target.resolveSibling(
					"." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException taken) {
				if (attempt == 100) {
					throw new IOException("found no free name for a temporary file beside it");
				}
			}
		}
	}

	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target)) {
			try {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
			} catch (UnsupportedOperationException notPosix) {
				// a file system without POSIX permissions: the new file's defaults are all there is
			}
		}
	}

	private static void deleteQuietly(Path temporary) {
		if (temporary != null) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException leftBehind) {
				// a stray temporary file is harmless and hidden; the write itself already succeeded or was reported
			}
		}
	}
}
