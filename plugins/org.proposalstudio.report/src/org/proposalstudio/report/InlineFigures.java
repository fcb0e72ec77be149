package org.proposalstudio.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.DrawingBudget;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Figure;

/**
 * Draws a figure of a proposal as SVG to put inline in a page: in the light theme, without the XML declaration, and
 * with its ids prefixed, so that several drawings (whose node ids repeat, e.g. {@code node-M}) can share one page.
 */
public final class InlineFigures {

	/** {@code id="..."} and the attribute that refers to an id; SvgWriter escapes quotes, so these are attributes only. */
	private static final Pattern ID_ATTRIBUTES = Pattern.compile(" (id|data-edge)=\"");

	private InlineFigures() {
	}

	/**
	 * The figure, a figure of {@code effective}'s proposal, as an {@code <svg>} element whose ids start with
	 * {@code idPrefix}, drawn if it fits in the run's {@code budget}.
	 *
	 * @throws DiagramException when the figure cannot be drawn from the model, or does not fit
	 */
	public static String svg(EffectiveProposal effective, Figure figure, String idPrefix, DrawingBudget budget) {
		Scene scene = SceneBuilder.sceneOf(effective, figure);
		if (!budget.admits(scene)) {
			throw new DiagramException("It is not drawn: " + DrawingBudget.exceeded() + "; report on fewer files", effective.origin(figure));
		}
		return draw(scene, idPrefix);
	}

	/**
	 * A scene of the proposal's own, such as its safety case, as an {@code <svg>} element whose ids start with
	 * {@code idPrefix}, drawn if it fits in the run's {@code budget}.
	 *
	 * @throws DiagramException when the scene cannot be laid out, or does not fit
	 */
	public static String svg(Scene scene, String idPrefix, DrawingBudget budget) {
		if (!budget.admits(scene)) {
			throw new DiagramException("It is not drawn: " + DrawingBudget.exceeded() + "; report on fewer files", null);
		}
		return draw(scene, idPrefix);
	}

	private static String draw(Scene scene, String idPrefix) {
		return inline(SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(scene), Theme.LIGHT)), idPrefix);
	}

	/**
	 * Writes the figure into a page as inline SVG ({@link #svg}) or, when it cannot be drawn, a note that says why.
	 *
	 * @return why the figure cannot be drawn, or empty when it was drawn
	 */
	public static Optional<DiagramException> write(Html html, EffectiveProposal effective, Figure figure, String idPrefix,
			DrawingBudget budget) {
		try {
			html.markup(svg(effective, figure, idPrefix, budget));
			return Optional.empty();
		} catch (DiagramException e) {
			html.open("div", "class", "figure-error", "role", "note");
			html.element("strong", "This figure cannot be drawn: ");
			html.text(e.getMessage());
			html.close("div");
			return Optional.of(e);
		}
	}

	/** A standalone SVG document as an element for a page: no declaration, ids prefixed, a class to style it by. */
	static String inline(String svg, String idPrefix) {
		String element = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
		if (!element.startsWith("<svg ")) {
			throw new IllegalArgumentException("not an SVG document: " + element.substring(0, Math.min(40, element.length())));
		}
		element = "<svg class=\"diagram\" role=\"img\"" + element.substring("<svg".length());
		Matcher matcher = ID_ATTRIBUTES.matcher(element);
		return matcher.replaceAll(match -> " " + match.group(1) + "=\"" + Matcher.quoteReplacement(Html.escape(idPrefix)));
	}
}
