package org.proposalstudio.model;

import org.proposalstudio.model.proposal.LimitKind;
import org.proposalstudio.model.proposal.UnrollingKind;

/**
 * The largest input Proposal Studio takes on, so that whatever a file holds, checking and drawing it finishes in
 * bounded time and memory. Each limit is checked before the work it bounds, and going over it is an error at the place
 * in the file that does (docs/command-line.md, "Limits").
 */
public final class Limits {

	/** The largest proposal file, in bytes: a hundred times the largest example, room for any hand-written file. */
	public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** The most proposals one file may declare. */
	public static final int MAX_PROPOSALS_PER_FILE = 50_000;

	/**
	 * The longest name, in characters. Files are named after proposals and figures ({@code PROPOSAL-FIGURE.svg}), and a
	 * file system allows 255 bytes for a file name: two names at this limit, with what is added to them, fit.
	 */
	public static final int MAX_NAME_LENGTH = 100;

	/** The longest chain of {@code extends}, counting the proposal itself. */
	public static final int MAX_EXTENDS_DEPTH = 10_000;

	/**
	 * The most elements the proposals of one file may hold, each counted with everything it inherits: what checking the
	 * file costs, since each proposal is checked whole. A chain of proposals that each replace a part (as §4 replaces §3's
	 * oversight) stays far below it; a chain in which each proposal adds to all before it, or a thousand proposals
	 * extending one of a thousand elements, reaches it.
	 */
	public static final int MAX_INHERITED_ELEMENTS = 1_000_000;

	/** The most nodes an unrolled figure may have: the benchmark's largest HCH tree (9,841 nodes), with room to spare. */
	public static final long MAX_UNROLLED_NODES = 20_000;

	/**
	 * The most circles of a nested figure: each circle is a level of hierarchy that the layout handles in turn, so deep
	 * nesting costs far more than its node count says; the paper draws three.
	 */
	public static final int MAX_NESTING_DEPTH = 50;

	/** The most figures one run draws (a render, a report): each is laid out, which takes a good part of a second. */
	public static final int MAX_FIGURES_PER_RUN = 2_000;

	/** The most nodes, in all its figures, one run draws: five of the largest trees. */
	public static final long MAX_NODES_PER_RUN = 100_000;

	private Limits() {
	}

	/**
	 * What is wrong with unrolling a figure to {@code depth} and {@code breadth}, in a sentence, or {@code null} when it
	 * is within the limits. The validator reports it at the unrolling, and the diagram engine refuses to unroll such a
	 * figure, so that a command that draws without validating never starts on it.
	 *
	 * @param limit as for {@link #unrolledNodes}
	 */
	public static String unrollingProblem(UnrollingKind kind, LimitKind limit, int depth, int breadth) {
		if (depth < 1) {
			return "Unroll at least one level (depth 1 or more)";
		}
		if (kind == UnrollingKind.NESTED && depth > MAX_NESTING_DEPTH) {
			return "A nested figure may have at most " + MAX_NESTING_DEPTH + " circles, not " + depth;
		}
		if (unrolledNodes(kind, limit, depth, breadth) > MAX_UNROLLED_NODES) {
			boolean chain = kind == UnrollingKind.VERSIONS || kind == UnrollingKind.NESTED;
			return "Depth " + depth + (chain ? " unrolls" : " and breadth " + Math.max(1, breadth) + " unroll") + " to more than "
					+ String.format("%,d", MAX_UNROLLED_NODES) + " nodes, too many for a diagram";
		}
		return null;
	}

	/**
	 * The nodes a figure unrolled to {@code depth} and {@code breadth} has (breadth is 1 where it means nothing),
	 * computed without unrolling it and capped just above {@link #MAX_UNROLLED_NODES}, so that it never overflows.
	 *
	 * @param limit the kind of the limit a {@code limit} unrolling draws, or {@code null} when unknown: the largest
	 *              tree is assumed then
	 */
	public static long unrolledNodes(UnrollingKind kind, LimitKind limit, int depth, int breadth) {
		int width = Math.max(1, breadth);
		int levels = Math.max(0, depth);
		return switch (kind) {
		case VERSIONS, NESTED -> 3L * levels;
		// HCH and the debate tree: 1 + b + ... + b^depth
		case DEBATE -> geometricSum(width, levels);
		case LIMIT -> limit == LimitKind.HCH ? geometricSum(width, levels)
				// humans 1 + b + ... + b^(depth-1), models b + ... + b^depth
				: capped(geometricSum(width, levels) + geometricSum(width, levels - 1) - 1);
		};
	}

	/** 1 + b + ... + b^n, capped. */
	private static long geometricSum(int breadth, int n) {
		long sum = 0;
		long level = 1;
		for (int i = 0; i <= n && sum <= MAX_UNROLLED_NODES; i++) {
			sum += level;
			level = capped(level * breadth);
		}
		return capped(sum);
	}

	private static long capped(long nodes) {
		return Math.min(nodes, MAX_UNROLLED_NODES + 1);
	}
}
