package org.proposalstudio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a reader never sees half a file and a failure never destroys the previous one: the
 * content goes to a temporary file beside the target, which then replaces the target in one move.
 */
final class AtomicFiles {

	private AtomicFiles() {
	}

	static void write(Path target, byte[] content) throws InputException {
		Path absolute = ProposalFiles.absolute(target);
		Path temporary = null;
		try {
			Files.createDirectories(absolute.getParent());
			temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
			Files.write(temporary, content);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (AccessDeniedException e) {
			throw new InputException(target + ": cannot write: permission denied");
		} catch (IOException e) {
			throw new InputException(target + ": cannot write: " + e.getMessage());
		} finally {
			deleteQuietly(temporary);
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
