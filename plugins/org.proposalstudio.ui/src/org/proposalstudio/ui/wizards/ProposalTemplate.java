package org.proposalstudio.ui.wizards;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * What a new proposal file starts from: the skeleton, or one of the paper's proposals as the examples model it. The
 * new proposal is named after its file; the skeleton's title is taken from the file name too.
 */
public final class ProposalTemplate {

	/** A proposal the template extends, and the example file that declares it. */
	public record Ancestor(String proposal, String path) {

		public String fileName() {
			return path.substring(path.lastIndexOf('/') + 1);
		}
	}

	private final String label;
	private final String description;
	private final String text;
	private final INode name;
	private final INode title;
	private final boolean skeleton;
	private final List<Ancestor> ancestors;
	private final IValueConverterService converter;

	ProposalTemplate(String label, String description, String text, INode name, INode title, boolean skeleton,
			List<Ancestor> ancestors, IValueConverterService converter) {
		this.label = label;
		this.description = description;
		this.text = text;
		this.name = name;
		this.title = title;
		this.skeleton = skeleton;
		this.ancestors = List.copyOf(ancestors);
		this.converter = converter;
	}

	/** E.g. "§4 Imitative amplification + relaxed adversarial training". */
	public String label() {
		return label;
	}

	/** The comment the file starts with: what the proposal is about. */
	public String description() {
		return description;
	}

	/** The proposals this one extends, nearest first, with the example files that declare them. */
	public List<Ancestor> ancestors() {
		return ancestors;
	}

	public boolean isSkeleton() {
		return skeleton;
	}

	/** The template's text with its proposal named {@code proposalName}, and for the skeleton titled {@code title}. */
	public String instantiate(String proposalName, String proposalTitle) {
		StringBuilder result = new StringBuilder(text);
		// the title follows the name: replacing it first leaves the name's offset valid
		if (skeleton && title != null) {
			result.replace(title.getOffset(), title.getEndOffset(), converter.toString(proposalTitle, "STRING"));
		}
		result.replace(name.getOffset(), name.getEndOffset(), converter.toString(proposalName, "ValidID"));
		return result.toString();
	}

	/**
	 * The proposal name a file name stands for, e.g. {@code MyFirstProposal} for {@code my-first-proposal.proposal}:
	 * its words capitalized and joined; {@code null} if it has no letters or digits.
	 */
	public static String nameFor(String fileName) {
		String joined = words(fileName).stream().map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
				.collect(Collectors.joining());
		if (joined.isEmpty()) {
			return null;
		}
		// a name cannot start with a digit
		return Character.isDigit(joined.charAt(0)) ? "P" + joined : joined;
	}

	/** The title a file name stands for, e.g. "My first proposal" for {@code my-first-proposal.proposal}. */
	public static String titleFor(String fileName) {
		String joined = String.join(" ", words(fileName));
		return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
	}

	/** The runs of characters a name may hold (ASCII letters, digits, _ and Greek letters), without the extension. */
	private static List<String> words(String fileName) {
		String extension = "." + ProjectModel.EXTENSION;
		String base = fileName.endsWith(extension) ? fileName.substring(0, fileName.length() - extension.length()) : fileName;
		return Arrays.stream(base.split("[^A-Za-z0-9_\\u0370-\\u03FF]+")).filter(word -> !word.isEmpty()).toList();
	}
}
