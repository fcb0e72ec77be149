package org.proposalstudio.ui;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.proposalstudio.examples.Examples;

/** The examples bundle's files put into a project, laid out as examples/ is in the repository. */
public final class ExampleFiles {

	private ExampleFiles() {
	}

	/** How many units of work {@link #copyInto} reports: one per file. */
	public static int work() {
		return Examples.paths().size();
	}

	/** Creates every example, and the folders they are in, in the project. */
	public static void copyInto(IProject project, SubMonitor progress) throws CoreException {
		for (String path : Examples.paths()) {
			IFile file = project.getFile(path);
			createFolders(file.getParent());
			try (InputStream content = Examples.open(path)) {
				file.create(content, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot read the example " + path, e));
			}
		}
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
