package org.proposalstudio.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.ui.ProposalUiPlugin;

import com.google.inject.Injector;

/**
 * The proposal files of one project, loaded together so that {@code extends} across files resolves, as the command line
 * loads a project. A file open in an editor has the editor's text as its content; the others have what is on disk.
 * Everything here happens under one lock: the editor's reconciler, the builder and the views take turns.
 */
public final class ProjectModel {

	public static final String EXTENSION = "proposal";

	private final IProject project;
	private final XtextResourceSet resourceSet;
	private final ReentrantLock lock = new ReentrantLock();
	private final Set<IFile> ownedByEditors = new HashSet<>();
	/** What the editor of a file does when a proposal the file builds on changes. */
	private final Map<IFile, Runnable> dependencyFollowers = new ConcurrentHashMap<>();

	ProjectModel(IProject project, Injector injector) {
		this.project = project;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	public static boolean isProposalFile(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	public IProject project() {
		return project;
	}

	/** Runs {@code work} on the project's files, every one of them loaded, with nobody else changing them meanwhile. */
	public <T> T read(Function<XtextResourceSet, T> work) {
		lock.lock();
		try {
			loadAll();
			return work.apply(resourceSet);
		} finally {
			lock.unlock();
		}
	}

	/** The text of an editor is the file's content from now on, until the editor lets go of it. */
	public void edit(IFile file, String text) {
		lock.lock();
		try {
			ownedByEditors.add(file);
			XtextResource resource = resource(file);
			replaceText(resource, text);
			relinkOthers(resource);
		} catch (IOException e) {
			ProposalUiPlugin.log("Could not parse the text of " + file.getFullPath(), e);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Gives the resource a new text. Typing changes one stretch of it, and Xtext's partial parser parses only the part of
	 * the model around that stretch again (parsing a long file whole took most of a reconcile); when it cannot, it parses
	 * the whole text.
	 */
	private static void replaceText(XtextResource resource, String text) throws IOException {
		if (resource.getParseResult() == null) {
			resource.reparse(text);
			return;
		}
		String old = resource.getParseResult().getRootNode().getText();
		int shorter = Math.min(old.length(), text.length());
		int start = 0;
		while (start < shorter && old.charAt(start) == text.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < shorter - start && old.charAt(old.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
			end++;
		}
		resource.update(start, old.length() - start - end, text.substring(start, text.length() - end));
	}

	/** An editor closed: the file is what is on disk again. */
	public void release(IFile file) {
		lock.lock();
		try {
			ownedByEditors.remove(file);
			reload(file);
		} finally {
			lock.unlock();
		}
	}

	/** The file changed on disk; an editor's text, if one is open, stays the content. */
	public void reload(IFile file) {
		lock.lock();
		try {
			if (ownedByEditors.contains(file)) {
				return;
			}
			Resource existing = resourceSet.getResource(uriOf(file), false);
			if (existing != null) {
				existing.unload();
				resourceSet.getResources().remove(existing);
			}
			if (file.exists()) {
				relinkOthers(resource(file));
			}
		} finally {
			lock.unlock();
		}
	}

	void remove(IFile file) {
		lock.lock();
		try {
			ownedByEditors.remove(file);
			Resource existing = resourceSet.getResource(uriOf(file), false);
			if (existing != null) {
				existing.unload();
				resourceSet.getResources().remove(existing);
				relinkOthers(null);
			}
		} finally {
			lock.unlock();
		}
	}

	/** Every diagnostic of the file: syntax, linking, the language's rules and the paper's checks. */
	public List<Issue> validate(IFile file, CancelIndicator cancel) {
		return read(resources -> {
			XtextResource resource = resource(file);
			return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
		});
	}

	/**
	 * The files whose proposals build on a proposal of one of {@code changed}, directly or through others: their
	 * diagnostics may change with it.
	 */
	public Set<IFile> dependentsOf(Set<IFile> changed) {
		return read(resources -> {
			Set<URI> changedUris = new HashSet<>();
			changed.forEach(file -> changedUris.add(uriOf(file)));
			Set<IFile> dependents = new LinkedHashSet<>();
			for (Resource resource : List.copyOf(resources.getResources())) {
				for (Proposal proposal : proposalsOf(resource)) {
					boolean buildsOnChanged = Inheritance.lineage(proposal).stream().skip(1)
							.anyMatch(ancestor -> ancestor.eResource() != null && changedUris.contains(ancestor.eResource().getURI()));
					if (buildsOnChanged) {
						dependents.add(fileOf(resource.getURI()));
					}
				}
			}
			dependents.removeAll(changed);
			return dependents;
		});
	}

	/** While an editor has the file open, {@code changed} runs when a proposal the file builds on changes. */
	public void followDependencies(IFile file, Runnable changed) {
		dependencyFollowers.put(file, changed);
	}

	public void unfollowDependencies(IFile file) {
		dependencyFollowers.remove(file);
	}

	/**
	 * Tells the editors of the files that build on {@code changed} that their proposals may have changed with it. Runs
	 * outside the model's lock, as the editors validate.
	 */
	public void dependenciesChanged(Set<IFile> changed) {
		// looking for dependents is wasted while no other file is open
		if (!changed.containsAll(dependencyFollowers.keySet())) {
			tellEditorsOf(dependentsOf(changed));
		}
	}

	/** Tells the editors open on any of {@code dependents} that a file they build on changed; returns the files told. */
	public Set<IFile> tellEditorsOf(Set<IFile> dependents) {
		Set<IFile> told = new LinkedHashSet<>();
		for (IFile dependent : dependents) {
			Runnable follower = dependencyFollowers.get(dependent);
			if (follower != null) {
				follower.run();
				told.add(dependent);
			}
		}
		return told;
	}

	/** The loaded resource of a file, loading it if need be; call with the lock held. */
	public XtextResource resource(IFile file) {
		Resource existing = resourceSet.getResource(uriOf(file), false);
		if (existing instanceof XtextResource loaded) {
			return loaded;
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uriOf(file));
		try {
			resource.load(new ByteArrayInputStream(textOf(file).getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			ProposalUiPlugin.log("Could not load " + file.getFullPath(), e);
		}
		return resource;
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	public static IFile fileOf(URI uri) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
	}

	private static List<Proposal> proposalsOf(Resource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ProposalModel model) ? List.of()
				: model.getProposals();
	}

	/**
	 * A file's text, read as UTF-8. Text in another encoding reads as empty here, and the builder reports the file:
	 * nothing would come of parsing mojibake.
	 */
	private static String textOf(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
		} catch (CharacterCodingException notUtf8) {
			return "";
		} catch (IOException | CoreException e) {
			ProposalUiPlugin.log("Could not read " + file.getFullPath(), e);
			return "";
		}
	}

	private void loadAll() {
		List<IFile> files = new ArrayList<>();
		try {
			project.accept(resource -> {
				if (resource.isDerived() || resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
					return false;
				}
				if (isProposalFile(resource)) {
					files.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			ProposalUiPlugin.log("Could not list the proposal files of " + project.getName(), e);
		}
		files.forEach(this::resource);
	}

	/** After one file's content changed, references of the others resolve again, against the new content. */
	private void relinkOthers(Resource changed) {
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (resource != changed && resource instanceof XtextResource other && other.isLoaded()) {
				other.relink();
			}
		}
	}
}
