package org.proposalstudio.language.ide.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.language.ide.ProposalIdeSetup;
import org.proposalstudio.language.ide.TextChange;

import com.google.inject.Injector;

/** The language with its ide services, as the workbench creates it, and proposal texts parsed with it. */
final class Ide {

	private static Injector injector;

	private Ide() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new ProposalIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static <T> T get(Class<T> service) {
		return injector().getInstance(service);
	}

	static XtextResource parse(String text) {
		return parse(Map.of("a.proposal", text)).get(0);
	}

	/** Files parsed into one resource set, so that they see each other's proposals; in the order given. */
	static List<XtextResource> parse(Map<String, String> files) {
		XtextResourceSet resources = get(XtextResourceSet.class);
		return files.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(file -> {
			XtextResource resource = (XtextResource) resources.createResource(URI.createURI("synthetic:/" + file.getKey()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), Map.of());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return resource;
		}).toList();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** The codes of the resource's diagnostics, syntax errors included (as "syntax"). */
	static List<String> codes(XtextResource resource) {
		return validate(resource).stream().map(issue -> issue.getCode() == null ? "?" : issue.getCode()
				.replace("org.eclipse.xtext.diagnostics.Diagnostic.Syntax", "syntax")).sorted().toList();
	}

	static String apply(XtextResource resource, List<TextChange> changes) {
		return TextChange.apply(resource.getParseResult().getRootNode().getText(), changes);
	}
}
