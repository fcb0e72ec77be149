package org.proposalstudio.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * One figure of a proposal file drawn, as the command line's {@code render} draws it: the scene is built from the
 * project's model under its lock, then laid out by ELK and composed into a drawing with the lock released, so that the
 * editor's reconciler never waits for a layout.
 *
 * @param file     the file drawn
 * @param figures  the figures of its proposals, inherited ones included, in the order {@code render} draws them
 * @param figure   the figure drawn, or {@code null} when there is none
 * @param drawing  the drawing, or {@code null} when there is nothing to show
 * @param problem  why there is no drawing, or {@code null}
 * @param stale    whether the text cannot be drawn from at the moment (syntax or linking errors): what was shown
 *                 before still stands, marked as stale
 */
record Rendering(IFile file, List<FigureEntry> figures, FigureEntry figure, Drawing drawing, String problem, boolean stale) {

	/** A figure of the file: the name {@code render} gives its files, and how the selector shows it. */
	record FigureEntry(String key, String label) {
	}

	static Rendering of(ProjectModel model, IFile file, String wanted, Theme theme) {
		Prepared prepared = model.read(resources -> prepare(model.resource(file), wanted));
		if (prepared.problem != null || prepared.scene == null) {
			return new Rendering(file, prepared.figures, prepared.figure, null, prepared.problem, prepared.stale);
		}
		try {
			Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(prepared.scene), theme);
			return new Rendering(file, prepared.figures, prepared.figure, drawing, null, false);
		} catch (DiagramException e) {
			return new Rendering(file, prepared.figures, prepared.figure, null, e.getMessage(), false);
		}
	}

	/** A figure the file can show, and what its scene is built from. */
	private record Candidate(FigureEntry entry, EffectiveProposal effective, Figure figure) {
	}

	/** What is taken from the model while it is locked. */
	private record Prepared(List<FigureEntry> figures, FigureEntry figure, Scene scene, String problem, boolean stale) {
	}

	private static Prepared prepare(XtextResource resource, String wanted) {
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			String what = resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors() ? "syntax errors"
					: "references that do not resolve";
			return new Prepared(List.of(), null, null, resource.getURI().lastSegment() + " has " + what + ".", true);
		}
		List<Candidate> candidates = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ProposalModel proposals) {
			for (Proposal proposal : proposals.getProposals()) {
				EffectiveProposal effective = EffectiveProposal.of(proposal);
				for (Figure figure : effective.proposal().getFigures()) {
					String title = figure.getTitle() != null ? figure.getTitle() : figure.getName();
					candidates.add(new Candidate(new FigureEntry(proposal.getName() + "-" + figure.getName(),
							title + " (" + proposal.getName() + ")"), effective, figure));
				}
			}
		}
		List<FigureEntry> figures = candidates.stream().map(Candidate::entry).toList();
		if (candidates.isEmpty()) {
			return new Prepared(figures, null, null, "The proposals of " + resource.getURI().lastSegment() + " declare no figure.", false);
		}
		Candidate chosen = candidates.stream().filter(candidate -> candidate.entry.key().equals(wanted)).findFirst()
				.orElse(candidates.get(0));
		try {
			return new Prepared(figures, chosen.entry, SceneBuilder.sceneOf(chosen.effective, chosen.figure), null, false);
		} catch (DiagramException e) {
			return new Prepared(figures, chosen.entry, null, e.getMessage(), false);
		}
	}
}
