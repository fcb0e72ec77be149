package org.proposalstudio.ui.benchmarks;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Keystrokes as the window system delivers them: a key press and a key release posted with {@link Display#post}, which
 * SWT puts into GTK's event queue for the focused window; GTK then dispatches them to the focused widget as it does a
 * typed key. SWT posts on the UI thread, so a keystroke waits there while the UI thread is busy, as a typed key waits
 * in the event queue.
 */
final class Keyboard {

	static final char BACKSPACE = SWT.BS;

	private final Display display;

	Keyboard(Display display) {
		this.display = display;
	}

	/** Presses and releases the key of {@code character}: a lower-case letter, a space, an apostrophe, or {@link #BACKSPACE}. */
	void type(char character) {
		display.asyncExec(() -> {
			if (!post(SWT.KeyDown, character) || !post(SWT.KeyUp, character)) {
				throw new IllegalStateException("the window system did not take the key event for '" + character + "'");
			}
		});
	}

	private boolean post(int type, char character) {
		Event event = new Event();
		event.type = type;
		event.character = character;
		event.keyCode = character;
		return display.post(event);
	}
}
