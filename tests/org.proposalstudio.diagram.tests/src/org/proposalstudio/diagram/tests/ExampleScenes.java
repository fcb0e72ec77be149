package org.proposalstudio.diagram.tests;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;

import com.google.inject.Injector;

/** The scenes of the paper's proposals in examples/. */
final class ExampleScenes {

	private final List<Proposal> proposals;

	ExampleScenes(Injector injector) {
		Map<String, Resource> examples = Examples.loadAll(injector);
		EcoreUtil.resolveAll(examples.values().iterator().next().getResourceSet());
		proposals = Examples.faithful().stream()
				.map(file -> examples.get(Examples.key(file)))
				.flatMap(resource -> ((ProposalModel) resource.getContents().get(0)).getProposals().stream()).toList();
	}

	List<Proposal> proposals() {
		return proposals;
	}

	/** Every figure each proposal declares itself, not the ones it inherits. */
	List<Scene> declaredScenes() {
		return proposals.stream().flatMap(proposal -> SceneBuilder.scenesOf(proposal).stream()
				.filter(scene -> proposal.getFigures().stream().anyMatch(figure -> figure.getName().equals(scene.figure())))).toList();
	}

	/** The scene that reproduces a figure of the paper, drawn for the proposal that declares it. */
	Optional<Scene> paperFigure(int number) {
		return declaredScenes().stream().filter(scene -> scene.paperFigures().contains(number)).findFirst();
	}
}
