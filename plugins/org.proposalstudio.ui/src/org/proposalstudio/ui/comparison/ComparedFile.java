package org.proposalstudio.ui.comparison;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.compare.IResourceProvider;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.diff.Side;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * One side of a comparison in the workbench: the proposals of a file, each ready to compare (with what it inherits and
 * its diagnostics), or why they cannot be compared. A workspace file is read with the rest of its project, as the
 * editor and the builder read it, so that {@code extends} across files resolves; other content (a file's history, a
 * commit) is read on its own.
 *
 * @param name      the file, as the reader names it
 * @param proposals its proposals, in the order of the file
 * @param lineages  for each proposal, the names of the proposals it extends, nearest first
 * @param problem   why the file cannot be compared (syntax or linking errors, unreadable content), or null
 */
record ComparedFile(String name, List<Side> proposals, List<List<String>> lineages, String problem) {

	static ComparedFile of(ITypedElement element) {
		IResource adapted = element instanceof IResourceProvider provider ? provider.getResource() : Adapters.adapt(element, IResource.class);
		IFile file = adapted instanceof IFile workspaceFile ? workspaceFile : null;
		if (file != null && file.exists()) {
			String name = file.getFullPath().makeRelative().toString();
			ProjectModel model = ProposalUiPlugin.get().projectModels().of(file);
			List<Issue> issues = model.validate(file, CancelIndicator.NullImpl);
			return model.read(resources -> of(name, model.resource(file), issues));
		}
		String name = element.getName();
		try {
			String text = textOf(element);
			XtextResourceSet resourceSet = ProposalUiPlugin.get().injector().getInstance(XtextResourceSet.class);
			XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("compare:/" + URI.encodeSegment(name, false)
					+ (name.endsWith(".proposal") ? "" : ".proposal")));
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			return of(name, resource, issues);
		} catch (IOException | CoreException e) {
			return new ComparedFile(name, List.of(), List.of(), "cannot be read: " + e.getMessage());
		}
	}

	private static ComparedFile of(String name, XtextResource resource, List<Issue> issues) {
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return new ComparedFile(name, List.of(), List.of(), "has errors, so it is not compared: " + name + ":" + first.getLine() + ":"
					+ first.getColumn() + ": " + first.getMessage());
		}
		List<Diagnostic> diagnostics = issues.stream().map(issue -> Diagnostic.of(name, issue)).toList();
		List<Side> sides = new ArrayList<>();
		List<List<String>> lineages = new ArrayList<>();
		List<Proposal> proposals = resource.getContents().isEmpty() ? List.of() : ((ProposalModel) resource.getContents().get(0)).getProposals();
		for (Proposal proposal : proposals) {
			sides.add(Side.of(name + "#" + proposal.getName(), proposal, diagnostics));
			lineages.add(Inheritance.lineage(proposal).stream().skip(1).map(Proposal::getName).toList());
		}
		return new ComparedFile(name, sides, lineages, sides.isEmpty() ? "holds no proposal" : null);
	}

	private static String textOf(ITypedElement element) throws CoreException, IOException {
		if (!(element instanceof IStreamContentAccessor content)) {
			throw new IOException("no content");
		}
		try (InputStream in = content.getContents()) {
			return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The index of the proposal of this file that {@code other}'s proposal at {@code index} extends, or -1. */
	int extendedBy(ComparedFile other, int index) {
		for (String ancestor : other.lineages().get(index)) {
			for (int i = 0; i < proposals.size(); i++) {
				if (proposals.get(i).effective().declared().getName().equals(ancestor)) {
					return i;
				}
			}
		}
		return -1;
	}
}
