package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.language.ide.Documents;
import org.proposalstudio.language.ide.contentassist.ProposalCompletion;
import org.proposalstudio.language.ide.formatting.ProposalFormatting;
import org.proposalstudio.language.ide.hover.ProposalHover;
import org.proposalstudio.language.ide.symbols.ProposalNavigation;
import org.proposalstudio.testing.BrokenCheck;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.editor.LanguageServices;
import org.proposalstudio.ui.editor.ProposalEditor;

/**
 * A language service that fails is logged and changes nothing: the text stays as the author wrote it, and saving
 * writes exactly that text.
 */
class FailingServicesTest {

	private static final String TEXT = "proposal   P{human H\n      model   M\ndeploy M ,H}\n";

	/** Every service the editor calls on demand, broken. */
	private static final class BrokenServices extends LanguageServices {
		BrokenServices() {
			super(ProposalUiPlugin.get().injector());
		}

		@Override
		public ProposalFormatting formatting() {
			throw new IllegalStateException("formatting broken on purpose");
		}

		@Override
		public ProposalCompletion completion() {
			throw new IllegalStateException("content assist broken on purpose");
		}

		@Override
		public ProposalHover hover() {
			throw new IllegalStateException("hover broken on purpose");
		}

		@Override
		public ProposalNavigation navigation() {
			throw new IllegalStateException("navigation broken on purpose");
		}
	}

	@RegisterExtension
	final TestProject project = new TestProject("failing-services");
	private final List<String> logged = new CopyOnWriteArrayList<>();
	private final ILogListener log = (status, plugin) -> logged.add(status.getMessage());

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(log);
	}

	@Test
	void failingServicesLeaveTheTextAloneAndSavingKeepsIt() throws Exception {
		IFile file = project.file("p.proposal", TEXT);
		ProposalEditor editor = Editors.open(file);
		editor.setServices(new BrokenServices());
		Platform.addLogListener(log);
		IDocument document = editor.document();

		editor.format();
		assertEquals(TEXT, document.get(), "a failing formatter changes nothing");
		int reference = TEXT.indexOf("M ,H");
		assertEquals(0, editor.configuration().getContentAssistant(editor.viewer())
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), reference).length);
		int declaration = TEXT.indexOf("model   M") + "model   ".length();
		assertEquals(null, editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE)
				.getHoverInfo(editor.viewer(), new Region(declaration, 0)), "no marker there, and the language's hover failed");
		editor.openDeclarationAt(reference);
		assertEquals(editor, Workbench.page().getActiveEditor());

		document.replace(document.getLength(), 0, "// typed after the failures\n");
		editor.doSave(null);
		assertEquals(document.get(), new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
		assertTrue(logged.stream().anyMatch(message -> message.startsWith("Formatting failed")), logged.toString());
		assertTrue(logged.stream().anyMatch(message -> message.startsWith("Content assist failed")), logged.toString());
	}

	/**
	 * A check with a bug fails on every validation: the file's markers then say so, with what the other checks still
	 * found, instead of keeping those of an earlier text; the failure is logged once, however often it recurs; and
	 * the text is saved as typed.
	 */
	@Test
	void aFailingCheckIsAMarkerAndOneLogEntryAndTheTextIsKept() throws Exception {
		IFile file = project.file("p.proposal", TEXT);
		Platform.addLogListener(log);
		try (BrokenCheck broken = BrokenCheck.install()) {
			ProposalEditor editor = Editors.open(file);
			Workbench.waitUntil("the marker of the failed check", () -> Workbench.checksOf(file).contains("internal@error"));
			IDocument document = editor.document();
			AtomicBoolean reconciled = new AtomicBoolean();
			editor.addModelListener(changed -> reconciled.set(editor.model().read(models -> Documents.textOf(editor.model().resource(file))
					.endsWith("// typed\n"))));
			document.replace(document.getLength(), 0, "// typed\n");
			Workbench.waitUntil("the typed text reconciled", reconciled::get);
			editor.doSave(null);
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			assertEquals(document.get(), new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
			assertEquals(1, Workbench.checksOf(file).stream().filter("internal@error"::equals).count(), Workbench.checksOf(file)::toString);
			assertEquals(1, logged.stream().filter(message -> message.contains("Error executing EValidator")).count(),
					"validated on opening, typing and saving, logged once: " + logged);
		}
	}
}
