package org.proposalstudio.ui.editor.highlighting;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.proposalstudio.language.ide.DeclarationKind;
import org.proposalstudio.language.ide.highlighting.ProposalHighlightingStyles;

/**
 * How each highlighting style of the language looks. The colours are mid-tones that keep their contrast on a light and
 * on a dark background alike, so the editor reads well under either theme; where several styles apply to one word
 * (a declared human's name), the last colour wins and the font styles add up.
 */
public final class ProposalStyles {

	private record Look(RGB color, int fontStyle) {
	}

	private static final RGB PARTICIPANT = new RGB(0x7A, 0x8B, 0x99);
	private static final RGB MECHANISM = new RGB(0x2E, 0x8B, 0x57);

	private static final Map<String, Look> LOOKS = Map.ofEntries(
			Map.entry(ProposalHighlightingStyles.KEYWORD, new Look(new RGB(0x9D, 0x5C, 0xC8), SWT.BOLD)),
			Map.entry(ProposalHighlightingStyles.STRING, new Look(new RGB(0x4E, 0x9A, 0x06), SWT.NORMAL)),
			Map.entry(ProposalHighlightingStyles.COMMENT, new Look(new RGB(0x8A, 0x8A, 0x8A), SWT.ITALIC)),
			Map.entry(ProposalHighlightingStyles.NUMBER, new Look(new RGB(0xD2, 0x69, 0x1E), SWT.NORMAL)),
			Map.entry(ProposalHighlightingStyles.CITATION, new Look(new RGB(0xD2, 0x69, 0x1E), SWT.BOLD)),
			Map.entry(ProposalHighlightingStyles.DECLARATION, new Look(null, SWT.BOLD)),
			Map.entry(DeclarationKind.HUMAN.styleId(), new Look(new RGB(0xB8, 0x86, 0x0B), SWT.NORMAL)),
			Map.entry(DeclarationKind.MODEL.styleId(), new Look(new RGB(0x3A, 0x86, 0xD4), SWT.NORMAL)),
			Map.entry(DeclarationKind.AMPLIFIED_MODEL.styleId(), new Look(new RGB(0xC2, 0x40, 0x8F), SWT.NORMAL)),
			Map.entry(DeclarationKind.AGENT.styleId(), new Look(new RGB(0xD9, 0x53, 0x4F), SWT.NORMAL)),
			Map.entry(DeclarationKind.REWARD_MODEL.styleId(), new Look(new RGB(0x0E, 0x9A, 0xA7), SWT.NORMAL)),
			Map.entry(DeclarationKind.DEBATER.styleId(), new Look(new RGB(0x6C, 0x71, 0xC4), SWT.NORMAL)),
			Map.entry(DeclarationKind.ENVIRONMENT.styleId(), new Look(PARTICIPANT, SWT.NORMAL)),
			Map.entry(DeclarationKind.DATASET.styleId(), new Look(PARTICIPANT, SWT.NORMAL)),
			Map.entry(DeclarationKind.QUESTION.styleId(), new Look(PARTICIPANT, SWT.NORMAL)),
			Map.entry(DeclarationKind.ANSWER.styleId(), new Look(PARTICIPANT, SWT.NORMAL)),
			Map.entry(DeclarationKind.SIGNAL.styleId(), new Look(MECHANISM, SWT.ITALIC)),
			Map.entry(DeclarationKind.OVERSIGHT.styleId(), new Look(MECHANISM, SWT.ITALIC)),
			Map.entry(DeclarationKind.LIMIT.styleId(), new Look(MECHANISM, SWT.ITALIC)),
			Map.entry(DeclarationKind.FIGURE.styleId(), new Look(PARTICIPANT, SWT.ITALIC)));

	private ProposalStyles() {
	}

	/** The look of a word with these styles; {@code null} when none of them changes the default. */
	public static TextAttribute attributeOf(List<String> styles) {
		Color color = null;
		int fontStyle = SWT.NORMAL;
		boolean styled = false;
		for (String style : styles) {
			Look look = LOOKS.get(style);
			if (look != null) {
				styled = true;
				fontStyle |= look.fontStyle();
				color = look.color() == null ? color : colorOf(style, look.color());
			}
		}
		return styled ? new TextAttribute(color, null, fontStyle) : null;
	}

	/** Colours live in JFace's registry, which disposes of them with the display. */
	private static Color colorOf(String style, RGB rgb) {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		String key = "org.proposalstudio.ui.highlighting." + style;
		if (!registry.hasValueFor(key)) {
			registry.put(key, rgb);
		}
		return registry.get(key);
	}
}
