package org.proposalstudio.report.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.proposalstudio.report.Diagnostic;
import org.proposalstudio.report.Report;
import org.proposalstudio.report.ReportWriter;
import org.proposalstudio.report.SourceFile;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProjectFiles;

import com.google.inject.Injector;

/** Proposal files loaded and validated as the command line does, ready for the report. */
final class Projects {

	private Projects() {
	}

	/** Writes the files (name to text) into {@code folder}, loads them together and validates each. */
	static List<SourceFile> fromTexts(Injector injector, Path folder, Map<String, String> texts) {
		return load(injector, ProjectFiles.write(folder, texts));
	}

	/** One file, named {@code project.proposal}. */
	static List<SourceFile> fromText(Injector injector, Path folder, String text) {
		return fromTexts(injector, folder, Map.of("project.proposal", text));
	}

	/** The paper's eleven proposals, named {@code examples/s02-....proposal}. */
	static List<SourceFile> paperExamples(Injector injector) {
		return examples(injector, Examples.faithful());
	}

	/** Every example, the flawed ones included. */
	static List<SourceFile> allExamples(Injector injector) {
		return examples(injector, Stream.concat(Examples.faithful().stream(), Examples.flawed().stream()).toList());
	}

	private static List<SourceFile> examples(Injector injector, List<Path> requested) {
		Map<String, Path> files = new LinkedHashMap<>();
		requested.forEach(file -> files.put("examples/" + Examples.key(file), file));
		// the other examples too, so that 'extends' resolves
		Stream.concat(Examples.faithful().stream(), Examples.flawed().stream())
				.forEach(file -> files.putIfAbsent("(not requested) " + Examples.key(file), file));
		return load(injector, files).stream().filter(file -> !file.name().startsWith("(not requested)")).toList();
	}

	private static List<SourceFile> load(Injector injector, Map<String, Path> files) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<String, Resource> resources = new LinkedHashMap<>();
		files.forEach((name, file) -> resources.put(name, resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true)));
		resources.values().forEach(EcoreUtil::resolveAll);
		List<SourceFile> sources = new ArrayList<>();
		resources.forEach((name, resource) -> {
			List<Diagnostic> diagnostics = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream().map(issue -> Diagnostic.of(name, issue)).toList();
			sources.add(SourceFile.of(name, resource, diagnostics));
		});
		return sources;
	}

	static Report report(List<SourceFile> files) {
		return ReportWriter.write(files);
	}
}
