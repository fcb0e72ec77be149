package org.proposalstudio.ui.quickfix;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.proposalstudio.language.ide.TextChange;
import org.proposalstudio.language.ide.quickfix.ProposalQuickfixes.Fix;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.editor.LanguageServices;

/**
 * Quick fixes of proposal problem markers, from the language's ide services, keyed on the marker's check id and issue
 * data. A fix works on the file's text as its buffer holds it: in an open editor the editor's text, which stays for the
 * author to save; otherwise the file's content, saved at once.
 */
public class ProposalMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	private final LanguageServices services = new LanguageServices(ProposalUiPlugin.get().injector());

	@Override
	public boolean hasResolutions(IMarker marker) {
		String checkId = marker.getAttribute(ProposalMarkers.CHECK, null);
		return checkId != null && LanguageServices.guarded("Looking for quick fixes",
				() -> services.quickfixes().hasFixes(checkId), false);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return withBuffer(marker, (buffer, fixes) -> fixes.stream().map(fix -> new Resolution(fix.label(), describe(fix)))
				.toArray(IMarkerResolution[]::new), new IMarkerResolution[0]);
	}

	private interface BufferWork<T> {
		T run(ITextFileBuffer buffer, List<Fix> fixes) throws CoreException, BadLocationException;
	}

	/** Runs {@code work} with the marker's file connected to a text buffer, and the fixes of the marker on its text. */
	private <T> T withBuffer(IMarker marker, BufferWork<T> work, T fallback) {
		if (!(marker.getResource() instanceof IFile file)) {
			return fallback;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				String checkId = marker.getAttribute(ProposalMarkers.CHECK, "");
				String data = marker.getAttribute(ProposalMarkers.DATA, "");
				Position position = ProposalMarkers.positionOf(marker);
				int offset = position == null ? 0 : position.getOffset();
				List<Fix> fixes = services.onText(file, buffer.getDocument().get(), buffer.isShared(), "Computing quick fixes",
						resource -> services.quickfixes().fixesFor(resource, checkId,
								data.isEmpty() ? List.of() : Arrays.asList(data.split("\n")), offset), List.of());
				return work.run(buffer, fixes);
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException | RuntimeException e) {
			ProposalUiPlugin.log("A quick fix of " + file.getFullPath() + " failed; the text is untouched", e);
			return fallback;
		}
	}

	private static String describe(Fix fix) {
		return String.join("\n", fix.changes().stream().map(change -> change.text().strip()).toList());
	}

	private final class Resolution implements IMarkerResolution2 {
		private final String label;
		private final String description;

		Resolution(String label, String description) {
			this.label = label;
			this.description = description;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return description;
		}

		@Override
		public Image getImage() {
			return null;
		}

		/** The fix is computed again, on the text as it is now; a file no editor holds is saved. */
		@Override
		public void run(IMarker marker) {
			withBuffer(marker, (buffer, fixes) -> {
				for (Fix fix : fixes) {
					if (fix.label().equals(label)) {
						IDocument document = buffer.getDocument();
						for (TextChange change : fix.changes()) {
							document.replace(change.offset(), change.length(), change.text());
						}
						if (!buffer.isShared()) {
							buffer.commit(null, true);
						}
						break;
					}
				}
				return null;
			}, null);
		}
	}
}
