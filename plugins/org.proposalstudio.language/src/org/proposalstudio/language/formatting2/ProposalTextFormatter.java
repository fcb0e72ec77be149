package org.proposalstudio.language.formatting2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a parsed file, for the command line and, through the ide formatting service, for every editor. Old Mac line
 * ends ({@code \r} alone) between tokens become {@code \n}: the language reads them as line ends, but Xtext's formatter
 * counts lines by {@code \n} only, took a comment after one for the end of the line before, and formatted it
 * differently the second time. A line end inside a string is part of its value, and is kept.
 */
public class ProposalTextFormatter {

	@Inject
	private IResourceFactory resources;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<IFormatter2> formatter;

	/** The whole text of {@code resource}, which parsed without syntax errors, formatted. */
	public String format(XtextResource resource) {
		List<ITextReplacement> replacements = replacements(resource, this::formatWholeText);
		// rendered on the text the replacements were made for: every old Mac line end there is replaced or covered
		return replacements.isEmpty() ? resource.getParseResult().getRootNode().getText()
				: replacements.get(0).getTextRegionAccess().getRewriter().renderToString(replacements);
	}

	/**
	 * The replacements {@code formatting} makes in {@code resource}'s text with its old Mac line ends between tokens
	 * made {@code \n}, and the change of each such line end that no replacement covers. The two texts have the same
	 * length, so the offsets hold in both. Where the text has none, {@code formatting} gets the resource itself.
	 */
	public List<ITextReplacement> replacements(XtextResource resource, Function<XtextResource, List<ITextReplacement>> formatting) {
		INode root = resource.getParseResult().getRootNode();
		List<Integer> oldMacLineEnds = oldMacLineEndsBetweenTokens(root);
		if (oldMacLineEnds.isEmpty()) {
			return formatting.apply(resource);
		}
		StringBuilder unix = new StringBuilder(root.getText());
		oldMacLineEnds.forEach(offset -> unix.setCharAt(offset, '\n'));
		XtextResource parsed = parsedApart(resource, unix.toString());
		List<ITextReplacement> replacements = new ArrayList<>(formatting.apply(parsed));
		replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset));
		ITextRegionAccess regions = regionAccess.get().forNodeModel(parsed).create();
		List<ITextReplacement> lineEnds = new ArrayList<>();
		int next = 0;
		for (int offset : oldMacLineEnds) {
			while (next < replacements.size() && replacements.get(next).getEndOffset() <= offset) {
				next++;
			}
			if (next == replacements.size() || replacements.get(next).getOffset() > offset) {
				lineEnds.add(regions.regionForOffset(offset, 1).replaceWith("\n"));
			}
		}
		replacements.addAll(lineEnds);
		replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset));
		return replacements;
	}

	private List<ITextReplacement> formatWholeText(XtextResource resource) {
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		return formatter.get().format(requests.get().setTextRegionAccess(regions).setExceptionHandler(ExceptionAcceptor.THROWING));
	}

	private static List<Integer> oldMacLineEndsBetweenTokens(INode root) {
		List<Integer> offsets = new ArrayList<>();
		if (root.getText().indexOf('\r') < 0) {
			return offsets;
		}
		for (ILeafNode leaf : root.getLeafNodes()) {
			String text = leaf.getText();
			for (int at = leaf.isHidden() ? text.indexOf('\r') : -1; at >= 0; at = text.indexOf('\r', at + 1)) {
				if (at + 1 == text.length() || text.charAt(at + 1) != '\n') {
					offsets.add(leaf.getTotalOffset() + at);
				}
			}
		}
		return offsets;
	}

	private XtextResource parsedApart(XtextResource resource, String text) {
		XtextResource apart = (XtextResource) resources.createResource(resource.getURI());
		try {
			apart.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException("parsing text in memory failed", e);
		}
		return apart;
	}
}
