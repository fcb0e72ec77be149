package org.proposalstudio.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Writes output files whole or not at all ({@link org.proposalstudio.model.io.AtomicFiles}), failing as bad input. */
final class AtomicFiles {

	private AtomicFiles() {
	}

	static void write(Path target, byte[] content) throws InputException {
		try {
			org.proposalstudio.model.io.AtomicFiles.write(target, content);
		} catch (IOException e) {
			throw new InputException(target + ": cannot write: " + e.getMessage());
		}
	}
}
