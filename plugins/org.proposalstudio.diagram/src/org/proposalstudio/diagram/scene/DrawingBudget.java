package org.proposalstudio.diagram.scene;

import org.proposalstudio.model.Limits;

/**
 * What one run (a render, a report) may draw: at most {@link Limits#MAX_FIGURES_PER_RUN} figures of
 * {@link Limits#MAX_NODES_PER_RUN} nodes in all. Laying a figure out is the costly part of drawing it, and inherited
 * figures multiply with the proposals that inherit them, so the run counts what it takes on before laying anything out.
 */
public final class DrawingBudget {

	private int figures;
	private long nodes;

	/** Takes the scene on if it fits in what is left; once one does not, none does. */
	public boolean admits(Scene scene) {
		if (figures >= Limits.MAX_FIGURES_PER_RUN || nodes + scene.nodes().size() > Limits.MAX_NODES_PER_RUN) {
			figures = Limits.MAX_FIGURES_PER_RUN;
			return false;
		}
		figures++;
		nodes += scene.nodes().size();
		return true;
	}

	/** Why a scene was not admitted. */
	public static String exceeded() {
		return String.format("one run draws at most %,d figures of %,d nodes in all, and these files have more", Limits.MAX_FIGURES_PER_RUN,
				Limits.MAX_NODES_PER_RUN);
	}
}
