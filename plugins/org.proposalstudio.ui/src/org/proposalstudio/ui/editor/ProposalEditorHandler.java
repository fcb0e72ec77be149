package org.proposalstudio.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** The proposal editor's commands, each one the editor method of the same name. */
public class ProposalEditorHandler extends AbstractHandler {

	public static final String FORMAT = "org.proposalstudio.ui.editor.format";
	public static final String TOGGLE_COMMENT = "org.proposalstudio.ui.editor.toggleComment";
	public static final String OPEN_DECLARATION = "org.proposalstudio.ui.editor.openDeclaration";
	public static final String QUICK_OUTLINE = "org.proposalstudio.ui.editor.quickOutline";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ProposalEditor editor) {
			switch (event.getCommand().getId()) {
			case FORMAT -> editor.format();
			case TOGGLE_COMMENT -> editor.toggleComment();
			case OPEN_DECLARATION -> editor.openDeclaration();
			case QUICK_OUTLINE -> editor.quickOutline();
			default -> throw new IllegalArgumentException("not a command of the proposal editor: " + event.getCommand().getId());
			}
		}
		return null;
	}
}
