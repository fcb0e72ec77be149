package org.proposalstudio.model.effective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.proposalstudio.model.Limits;
import org.proposalstudio.model.proposal.Proposal;

/**
 * The inheritance of many proposals, each computed once from its parent's: linking, validating or drawing a file of
 * proposals that extend one another costs what the file holds, not what each chain holds again and again. Chains are
 * walked with a loop, never a recursion as deep as the chain. One instance serves one run over an unchanging model
 * (a validation, a command); it does not notice later edits.
 */
public final class Inheritances {

	private final Map<Proposal, Inheritance> known = new IdentityHashMap<>();

	/** The inheritance of {@code proposal}; several readers of a resource may ask at once. */
	public synchronized Inheritance of(Proposal proposal) {
		Inheritance cached = known.get(proposal);
		if (cached != null) {
			return cached;
		}
		// up the chain to a proposal already known, the top of the chain, or a proposal seen before on this walk
		List<Proposal> path = new ArrayList<>();
		// sized for the short chains of most proposals; a long one grows it
		Set<Proposal> onPath = Collections.newSetFromMap(new IdentityHashMap<>(4));
		Inheritance base = null;
		Proposal repeated = null;
		for (Proposal current = proposal; current != null && !current.eIsProxy(); current = current.getExtends()) {
			base = known.get(current);
			if (base != null) {
				break;
			}
			if (!onPath.add(current)) {
				repeated = current;
				break;
			}
			path.add(current);
		}
		int below = path.size();
		if (repeated != null) {
			// each proposal of the cycle extends itself: it inherits nothing, and what extends into the cycle inherits from it
			int cycleStart = path.indexOf(repeated);
			for (Proposal onCycle : path.subList(cycleStart, path.size())) {
				known.put(onCycle, new Inheritance(onCycle, null, 1, true));
			}
			below = cycleStart;
			base = known.get(repeated);
		}
		// down the chain again, each proposal merged into its parent's inheritance
		for (int i = below - 1; i >= 0; i--) {
			Proposal link = path.get(i);
			Inheritance parent = i + 1 < below ? known.get(path.get(i + 1)) : base;
			int depth = parent == null ? 1 : parent.depth() + 1;
			boolean followed = parent != null && depth <= Limits.MAX_EXTENDS_DEPTH;
			known.put(link, new Inheritance(link, followed ? parent : null, depth, false));
		}
		return known.get(proposal);
	}
}
