package org.proposalstudio.diagram.render;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.proposalstudio.diagram.scene.EdgeKind;
import org.proposalstudio.diagram.scene.NodeKind;

/**
 * The colours of a diagram. Arrow colours are the paper's (FIGURES.md): green amplification, gray training, cyan
 * imitation, red oversight, blue approval, purple reward modeling, yellow RL, orange prediction and cross-examination,
 * blue and red debate arguments. Information transfer is white in the paper, which only the dark theme can show. GSN's
 * relations are drawn in the text colour, its challenges in red.
 */
public enum Theme {

	/** A white page: information arrows in a dark neutral colour, yellow darkened to stay readable. */
	LIGHT("#ffffff", "#1f2328", "#57606a", "#333a42", "#b58900", "#ffffff", "#f6f8fa", "#afb8c1", "#fdeeee"),
	/** The paper's look: a dark page with white information arrows. */
	PAPER("#16181d", "#f0f3f6", "#9aa4ae", "#ffffff", "#f2c500", "#23262d", "#1c1f25", "#5b6470", "#3a2326");

	private final String background;
	private final String text;
	private final String mutedText;
	private final Map<EdgeKind, String> arrows = new EnumMap<>(EdgeKind.class);
	private final String nodeFill;
	private final String groupFill;
	private final String groupStroke;
	private final String challengeFill;

	Theme(String background, String text, String mutedText, String information, String rl, String nodeFill, String groupFill,
			String groupStroke, String challengeFill) {
		this.background = background;
		this.text = text;
		this.mutedText = mutedText;
		this.nodeFill = nodeFill;
		this.groupFill = groupFill;
		this.groupStroke = groupStroke;
		this.challengeFill = challengeFill;
		arrows.put(EdgeKind.INFORMATION, information);
		arrows.put(EdgeKind.AMPLIFICATION, "#2ca02c");
		arrows.put(EdgeKind.TRAINING, "#8c8c8c");
		arrows.put(EdgeKind.IMITATION, "#00a3c4");
		arrows.put(EdgeKind.OVERSIGHT, "#d62728");
		arrows.put(EdgeKind.APPROVAL, "#1f6fd1");
		arrows.put(EdgeKind.REWARD_MODELING, "#8e44ad");
		arrows.put(EdgeKind.RL, rl);
		arrows.put(EdgeKind.PREDICTION, "#f07f09");
		arrows.put(EdgeKind.CROSS_EXAMINATION, "#f07f09");
		arrows.put(EdgeKind.FIRST_DEBATER_ARGUMENT, "#1f6fd1");
		arrows.put(EdgeKind.SECOND_DEBATER_ARGUMENT, "#d62728");
		arrows.put(EdgeKind.SUPPORTED_BY, text);
		arrows.put(EdgeKind.IN_CONTEXT_OF, text);
		arrows.put(EdgeKind.CHALLENGES, "#d62728");
	}

	public static Theme byName(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String background() {
		return background;
	}

	public String text() {
		return text;
	}

	public String mutedText() {
		return mutedText;
	}

	public String arrow(EdgeKind kind) {
		return arrows.get(kind);
	}

	public String groupFill() {
		return groupFill;
	}

	public String groupStroke() {
		return groupStroke;
	}

	public String nodeFill() {
		return nodeFill;
	}

	/** The fill of a GSN counter goal, tinted like the challenges it makes. */
	public String challengeFill() {
		return challengeFill;
	}

	/** The outline of a node: debaters in their side's colour, counter goals in red, everything else in the text colour. */
	public String nodeStroke(NodeKind kind) {
		return switch (kind) {
		case FIRST_DEBATER -> arrows.get(EdgeKind.FIRST_DEBATER_ARGUMENT);
		case SECOND_DEBATER -> arrows.get(EdgeKind.SECOND_DEBATER_ARGUMENT);
		case COUNTER_GOAL -> arrows.get(EdgeKind.CHALLENGES);
		default -> text;
		};
	}
}
