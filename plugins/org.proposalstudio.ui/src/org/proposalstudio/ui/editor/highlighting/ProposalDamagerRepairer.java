package org.proposalstudio.ui.editor.highlighting;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Repaints from the changed line to the end of the text: opening a comment or a string changes how everything after
 * it reads, not just the line typed on.
 */
public final class ProposalDamagerRepairer extends DefaultDamagerRepairer {

	public ProposalDamagerRepairer(ProposalTokenScanner scanner) {
		super(scanner);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		IRegion lines = super.getDamageRegion(partition, event, documentPartitioningChanged);
		int end = partition.getOffset() + partition.getLength();
		return new Region(lines.getOffset(), Math.max(end - lines.getOffset(), lines.getLength()));
	}
}
