package org.proposalstudio.diagram.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.proposalstudio.language.ProposalStandaloneSetup;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;

import com.google.inject.Injector;

/** What is drawn: the figures of the examples, and unrolled HCH trees, parsed with the language's standalone setup. */
final class Inputs {

	/** A figure a proposal declares, drawn for that proposal. */
	record FigureRef(Proposal proposal, String figure) {

		String name() {
			return proposal.getName() + "-" + figure;
		}
	}

	private final Injector injector = new ProposalStandaloneSetup().createInjectorAndDoEMFRegistration();

	/**
	 * The figures the paper's eleven proposals in {@code examples/} declare themselves, as in docs/figures: file by file,
	 * in declaration order. Inherited figures are left out, so each figure of the paper counts once.
	 */
	List<FigureRef> exampleFigures(Path repository) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		try (Stream<Path> files = Files.list(repository.resolve("examples"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".proposal")).sorted().toList()) {
				resources.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
			}
		}
		if (resources.size() != 11) {
			throw new IllegalStateException(repository.resolve("examples") + " holds " + resources.size() + " proposal files, not the paper's 11");
		}
		EcoreUtil.resolveAll(resourceSet);
		List<FigureRef> figures = new ArrayList<>();
		for (Resource resource : resources) {
			for (Proposal proposal : modelOf(resource).getProposals()) {
				for (Figure figure : proposal.getFigures()) {
					figures.add(new FigureRef(proposal, figure.getName()));
				}
			}
		}
		return figures;
	}

	/** A proposal whose only figure unrolls HCH {@code depth} levels deep, each human consulting {@code breadth} humans. */
	FigureRef hchTree(int depth, int breadth) throws IOException {
		String text = """
				proposal Hch%dx%d {
					human H
					model M
					amplified Amp(M) = H consulting M
					limit hch: HCH of Amp(M)
					figure tree { unroll limit depth %d breadth %d }
				}
				""".formatted(depth, breadth, depth, breadth);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("benchmark:/hch-" + depth + "x" + breadth + ".proposal"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		EcoreUtil.resolveAll(resource);
		return new FigureRef(modelOf(resource).getProposals().get(0), "tree");
	}

	/** The model of a resource that parsed and linked without errors. */
	private static ProposalModel modelOf(Resource resource) {
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new IllegalStateException(resource.getURI() + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage());
		}
		return (ProposalModel) resource.getContents().get(0);
	}
}
