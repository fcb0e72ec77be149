package org.proposalstudio.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the editor's actions, in the form the Platform's text actions read them. */
public final class EditorMessages extends ListResourceBundle {

	static final ResourceBundle BUNDLE = new EditorMessages();

	@Override
	protected Object[][] getContents() {
		return new Object[][] {
				{ "ContentAssistProposal.label", "Content &Assist" },
				{ "ContentAssistProposal.tooltip", "Content Assist" },
				{ "ContentAssistProposal.description", "Proposes keywords, names in scope and templates" } };
	}
}
