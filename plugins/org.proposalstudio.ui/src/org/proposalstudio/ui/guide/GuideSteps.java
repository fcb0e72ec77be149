package org.proposalstudio.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.proposalstudio.ui.ProposalUiPlugin;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The steps of the cheat sheet "Write your first proposal", read from its file: the one text of the guide, shown by the
 * Platform's cheat sheets where the help system is installed and by the {@link GuideView} everywhere.
 */
public final class GuideSteps {

	/** The cheat sheet's file in the bundle. */
	public static final String PATH = "cheatsheets/first-proposal.xml";

	/** A text with the stretches the sheet writes in bold, as offset and length pairs. */
	public record Text(String text, List<int[]> bold) {
	}

	/** A step: its title, what it says, and the serialized command that does it, or {@code null}. */
	public record Step(String title, Text description, String command) {
	}

	private final String title;
	private final Text intro;
	private final List<Step> steps;

	private GuideSteps(String title, Text intro, List<Step> steps) {
		this.title = title;
		this.intro = intro;
		this.steps = steps;
	}

	/** The guide this bundle ships: the cheat sheet at {@link #PATH}. */
	public static GuideSteps firstProposal() throws IOException {
		try (InputStream sheet = ProposalUiPlugin.get().getBundle().getEntry(PATH).openStream()) {
			return read(sheet);
		}
	}

	public static GuideSteps read(InputStream sheet) throws IOException {
		try {
			Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(sheet).getDocumentElement();
			List<Step> steps = new ArrayList<>();
			NodeList items = root.getElementsByTagName("item");
			for (int i = 0; i < items.getLength(); i++) {
				Element item = (Element) items.item(i);
				Element command = child(item, "command");
				steps.add(new Step(item.getAttribute("title"), descriptionOf(item), command == null ? null : command.getAttribute("serialization")));
			}
			return new GuideSteps(root.getAttribute("title"), descriptionOf(child(root, "intro")), List.copyOf(steps));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("The guide " + PATH + " is not a cheat sheet: " + e.getMessage(), e);
		}
	}

	public String title() {
		return title;
	}

	public Text intro() {
		return intro;
	}

	public List<Step> steps() {
		return steps;
	}

	private static Element child(Element parent, String name) {
		NodeList children = parent.getElementsByTagName(name);
		return children.getLength() == 0 ? null : (Element) children.item(0);
	}

	/** The element's description as one paragraph: the sheet's line breaks are only its source's. */
	private static Text descriptionOf(Element element) {
		Element description = element == null ? null : child(element, "description");
		StringBuilder text = new StringBuilder();
		List<int[]> bold = new ArrayList<>();
		if (description != null) {
			for (Node part = description.getFirstChild(); part != null; part = part.getNextSibling()) {
				String words = part.getTextContent().replaceAll("\\s+", " ");
				if (text.isEmpty()) {
					words = words.stripLeading();
				}
				if (part instanceof Element && "b".equals(part.getNodeName())) {
					bold.add(new int[] { text.length(), words.length() });
				}
				text.append(words);
			}
		}
		return new Text(text.toString().stripTrailing(), List.copyOf(bold));
	}
}
