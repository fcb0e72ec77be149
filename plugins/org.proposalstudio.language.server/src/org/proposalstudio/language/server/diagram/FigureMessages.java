package org.proposalstudio.language.server.diagram;

import java.util.List;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/** The parameters and results of the figure requests, as they travel as JSON (docs/language-server.md). */
public final class FigureMessages {

	private FigureMessages() {
	}

	/**
	 * {@code proposal/figures}: the figures of the proposal at {@code position}, or of every proposal of the document
	 * when there is no position.
	 */
	public record FiguresParams(TextDocumentIdentifier textDocument, Position position) {
	}

	/**
	 * A figure a proposal has, its own or inherited.
	 *
	 * @param proposal      the proposal it is drawn for
	 * @param figure        its name
	 * @param title         its title, or its name
	 * @param paperFigures  the numbers of the paper's figures it reproduces
	 * @param inheritedFrom the proposal that declares it, when that is another one
	 * @param location      where it is declared
	 */
	public record FigureEntry(String proposal, String figure, String title, List<Integer> paperFigures, String inheritedFrom,
			Location location) {
	}

	/**
	 * @param figures      in declaration order, inherited ones where their proposal puts them
	 * @param selected     the index of the figure whose declaration holds the position, or of the first figure of the
	 *                     proposal at the position; {@code null} without one
	 * @param caretElement what the position is on, as the figures' SVG names elements in {@code data-element}
	 *                     ({@code Proposal.M}), for a client to highlight; {@code null} when it is on nothing drawn
	 */
	public record FigureList(List<FigureEntry> figures, Integer selected, String caretElement) {
	}

	/** {@code proposal/figure}: one figure drawn, in the theme {@code light} (the default) or {@code paper}. */
	public record FigureParams(TextDocumentIdentifier textDocument, String proposal, String figure, String theme) {
	}

	/**
	 * A figure drawn, or why it could not be.
	 *
	 * @param svg     the SVG the command line's {@code render} writes, each node and arrow carrying
	 *                {@code data-uri} and {@code data-range} (0-based {@code line:character-line:character}) of the
	 *                declaration it comes from; {@code null} when it could not be drawn
	 * @param problem why it could not be drawn (the file has errors, the figure cannot be unrolled ...), or
	 *                {@code null}
	 */
	public record FigureDrawing(String proposal, String figure, String title, String svg, String problem) {
	}
}
