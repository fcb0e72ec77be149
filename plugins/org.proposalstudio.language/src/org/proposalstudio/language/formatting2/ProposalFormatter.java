package org.proposalstudio.language.formatting2;

import static org.proposalstudio.model.proposal.ProposalPackage.Literals.COMPONENT_ARGUMENT__TEXT;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.DEPLOYMENT__USAGE;
import static org.proposalstudio.model.proposal.ProposalPackage.Literals.NAMED_ELEMENT__DESCRIPTION;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineCodeCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Deployment;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;

/**
 * Lays proposals out the way the examples are written: one declaration per line inside an indented block, one space
 * between words, no space before ',' or ':', and a blank line kept where the author put one. A long declaration may
 * continue on indented lines before its clauses ('using', 'checking', 'mitigating', 'relies on') and its text: where
 * the author wrote it on one line it stays on one line, and a model serialized from scratch gets the continuation
 * lines.
 */
public class ProposalFormatter extends AbstractJavaFormatter {

	protected void format(ProposalModel model, IFormattableDocument doc) {
		for (Proposal proposal : model.getProposals()) {
			// a blank line between proposals, and the file ends with the last one's line
			doc.append(proposal, it -> it.setNewLines(proposal == model.getProposals().get(model.getProposals().size() - 1) ? 1 : 2));
			doc.format(proposal);
		}
	}

	protected void format(Proposal proposal, IFormattableDocument doc) {
		spaceWords(proposal, doc);
		// a long header may continue, indented, before 'extends'
		doc.prepend(regionFor(proposal).keyword("extends"), it -> it.setNewLines(0, 0, 1));
		doc.interior(regionFor(proposal).keyword("proposal"), regionFor(proposal).keyword("{"), it -> it.indent());
		block(proposal, doc);
		for (EObject member : proposal.eContents()) {
			doc.prepend(member, it -> it.setNewLines(1, 1, 2));
			doc.format(member);
		}
	}

	protected void format(Oversight oversight, IFormattableDocument doc) {
		spaceWords(oversight, doc);
		continueLineBefore(regionFor(oversight).keyword("using"), doc);
		continueLineBefore(regionFor(oversight).keyword("checking"), doc);
		oversight.getMitigations().forEach(mitigation -> {
			doc.prepend(mitigation, it -> it.setNewLines(0, 1, 1));
			doc.format(mitigation);
		});
		continueLineBefore(regionFor(oversight).feature(NAMED_ELEMENT__DESCRIPTION), doc);
		indentContinuationLines(oversight, doc);
	}

	protected void format(ComponentArgument argument, IFormattableDocument doc) {
		spaceWords(argument, doc);
		continueLineBefore(regionFor(argument).keyword("relies"), doc);
		continueLineBefore(regionFor(argument).feature(COMPONENT_ARGUMENT__TEXT), doc);
		indentContinuationLines(argument, doc);
	}

	protected void format(Deployment deployment, IFormattableDocument doc) {
		spaceWords(deployment, doc);
		continueLineBefore(regionFor(deployment).feature(DEPLOYMENT__USAGE), doc);
		indentContinuationLines(deployment, doc);
	}

	protected void format(Figure figure, IFormattableDocument doc) {
		spaceWords(figure, doc);
		block(figure, doc);
		for (String clause : List.of("shows", "arrows", "with")) {
			doc.prepend(regionFor(figure).keyword(clause), it -> it.newLine());
		}
		doc.prepend(regionFor(figure).feature(NAMED_ELEMENT__DESCRIPTION), it -> it.newLine());
		if (figure.getUnrolling() != null) {
			doc.prepend(figure.getUnrolling(), it -> it.newLine());
			doc.format(figure.getUnrolling());
		}
	}

	/**
	 * What has no format method of its own (participants, flows, signals, limits, mitigations, unrollings) is words on
	 * a line, with its description on the same line or, as the author chooses, on an indented one. This is the
	 * dispatcher's fallback.
	 */
	@Override
	protected void _format(EObject element, IFormattableDocument doc) {
		spaceWords(element, doc);
		doc.prepend(regionFor(element).feature(NAMED_ELEMENT__DESCRIPTION), it -> it.setNewLines(0, 0, 1));
		indentContinuationLines(element, doc);
		super._format(element, doc);
	}

	/**
	 * A line comment at column 0 is taken for commented-out code and kept as it is; any other gets one space after
	 * {@code //}. Xtext decides by the indentation of the line the comment is on, which for a comment after a token is
	 * the token's line: formatting indents that line, so {@code deploy M //\tx} kept its tab the first time and lost it
	 * the second. Here the comment's own column decides.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		if (!(replacer instanceof SinglelineCommentReplacer lineComment)) {
			return replacer;
		}
		boolean atColumnZero = comment.getOffset() == 0 || LineStartHiddenRegionReplacer.startsLine(comment);
		return atColumnZero ? new SinglelineCodeCommentReplacer(comment, lineComment.getPrefix())
				: new SinglelineDocCommentReplacer(comment, lineComment.getPrefix());
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new LineStartHiddenRegionReplacer(region, formatting);
	}

	/**
	 * A '{' ... '}' block: the opening brace ends the first line, the content is indented, the closing brace stands
	 * alone. What follows the opening brace is left to the content's own line breaks.
	 */
	private void block(EObject element, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
	}

	/**
	 * One space after each word of the element itself (not of the elements it contains), none before ',' and ':'. Low
	 * priority, so that line breaks and blocks decided elsewhere win. Here and below, an element the text does not hold
	 * has nothing to format: serializing one element of a model (as import-xmi does to find what it cannot write)
	 * formats the whole model.
	 */
	private void spaceWords(EObject element, IFormattableDocument doc) {
		IEObjectRegion words = getTextRegionAccess().regionForEObject(element);
		if (words == null) {
			return;
		}
		for (ISemanticRegion region : words.getSemanticRegions()) {
			if (region.getText().equals(",") || region.getText().equals(":")) {
				doc.prepend(region, it -> it.noSpace());
			}
			doc.append(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
	}

	/** A line break the author may put before a clause; a model serialized from scratch gets it. */
	private static void continueLineBefore(ISemanticRegion region, IFormattableDocument doc) {
		doc.prepend(region, it -> it.setNewLines(0, 1, 1));
	}

	/**
	 * Continuation lines of a declaration are indented one level deeper than its first line, its last line included
	 * (which {@code interior} would not do). Xtext adds up indentation set on the same place, so this composes with
	 * the end of an enclosing block.
	 */
	private void indentContinuationLines(EObject element, IFormattableDocument doc) {
		IEObjectRegion lines = getTextRegionAccess().regionForEObject(element);
		if (lines == null) {
			return;
		}
		ISemanticRegion first = null;
		ISemanticRegion last = null;
		for (ISemanticRegion region : lines.getAllSemanticRegions()) {
			first = first == null ? region : first;
			last = region;
		}
		if (first != last) {
			doc.set(first.getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
		}
	}
}
