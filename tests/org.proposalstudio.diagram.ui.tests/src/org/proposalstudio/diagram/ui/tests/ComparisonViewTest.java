package org.proposalstudio.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.Stance;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.comparison.ComparisonRows.Cell;
import org.proposalstudio.ui.comparison.ComparisonRows.Row;
import org.proposalstudio.ui.comparison.ComparisonView;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.tests.Screenshots;
import org.proposalstudio.ui.tests.Workbench;

/**
 * The Proposal Comparison view on the paper's proposals: a row per proposal with the stances the files state, the
 * diagnostics the builder found counted per component, and cells that open the argument they show.
 */
class ComparisonViewTest {

	/** Builds on STEM AI with an inner alignment argument that relies on nothing: an error about inner alignment. */
	private static final String VARIANT = """
			proposal Variant extends STEMAI {
				inner alignment is concerning "nothing checks that the model stays in its sandbox"
			}
			""";

	private static final Pattern PROPOSAL = Pattern.compile("^proposal (\\w+)", Pattern.MULTILINE);
	private static final Pattern ARGUMENT = Pattern.compile("^\\s*(outer|inner|training|performance) \\w+ is (\\w+)", Pattern.MULTILINE);

	private IProject project;
	private ComparisonView view;

	@BeforeEach
	void importTheExamplesAndOpenTheView() throws Exception {
		project = Workbench.project("comparison");
		for (Path example : Examples.faithful()) {
			Workbench.file(project, example.getFileName().toString(), Files.readString(example));
		}
		Workbench.file(project, "variant.proposal", VARIANT);
		ProposalNature.addTo(project);
		view = (ComparisonView) Workbench.page().showView(ComparisonView.ID);
		Workbench.waitUntil("a row for each proposal, with the builder's markers counted",
				() -> view.rows().size() == Examples.faithful().size() + 1 && view.rows().stream().allMatch(this::totalsMatchMarkers)
						// the builder validates the files in the order of their names, the variant last
						&& !markersOf(row("Variant").file()).isEmpty());
	}

	@AfterEach
	void closeEverything() throws Exception {
		Workbench.cleanUp(project, view);
	}

	@Test
	void showsTheStanceEachFileStates() throws Exception {
		for (Path example : Examples.faithful()) {
			String text = Files.readString(example);
			Matcher name = PROPOSAL.matcher(text);
			assertTrue(name.find(), example.toString());
			Row row = row(name.group(1));
			Map<String, String> expected = new TreeMap<>();
			Map<String, String> shown = new TreeMap<>();
			for (Matcher argument = ARGUMENT.matcher(text); argument.find();) {
				expected.put(argument.group(1), argument.group(2));
			}
			for (Component component : Component.values()) {
				Cell cell = row.cell(component);
				shown.put(component.getLiteral(), cell.stance() == null ? "none" : cell.stance().getLiteral());
				assertNull(cell.inheritedFrom(), row.proposal() + " states every argument itself");
			}
			assertEquals(expected, shown, row.proposal());
		}
		Row variant = row("Variant");
		assertEquals(Stance.CONCERNING, variant.cell(Component.INNER_ALIGNMENT).stance());
		assertNull(variant.cell(Component.INNER_ALIGNMENT).inheritedFrom());
		assertEquals(Stance.CONCERNING, variant.cell(Component.OUTER_ALIGNMENT).stance(), "STEM AI's outer alignment argument");
		assertEquals("STEMAI", variant.cell(Component.OUTER_ALIGNMENT).inheritedFrom());
	}

	@Test
	void countsTheDiagnosticsUnderTheirComponents() {
		Row intermittent = row("ImitativeAmplificationIntermittentOversight");
		assertEquals(List.of("after-the-fact-detection@warning"), Workbench.checksOf(intermittent.file()));
		assertEquals(1, intermittent.cell(Component.INNER_ALIGNMENT).findings().size());
		assertEquals(IMarker.SEVERITY_WARNING, intermittent.cell(Component.INNER_ALIGNMENT).worst());
		assertEquals(0, intermittent.cell(Component.OUTER_ALIGNMENT).findings().size());

		Row variant = row("Variant");
		assertTrue(Workbench.checksOf(variant.file()).contains("inner-alignment-unsupported@error"), Workbench.checksOf(variant.file()).toString());
		assertEquals(IMarker.SEVERITY_ERROR, variant.cell(Component.INNER_ALIGNMENT).worst());
		assertTrue(variant.errors() >= 1);
	}

	@Test
	void aDoubleClickOpensTheArgument() throws Exception {
		doubleClick(row("ImitativeAmplificationIntermittentOversight"), Component.INNER_ALIGNMENT);
		Workbench.waitUntil("the inner alignment argument selected", () -> selectedText().startsWith("inner alignment is uncertain"));
		assertTrue(activeFile().getName().startsWith("s03-"), activeFile().getName());

		doubleClick(row("Variant"), Component.OUTER_ALIGNMENT);
		Workbench.waitUntil("STEM AI's outer alignment argument selected", () -> selectedText().startsWith("outer alignment is concerning"));
		assertTrue(activeFile().getName().startsWith("s07-"), "an inherited argument opens where it is written");
	}

	@Test
	void pictureOfTheView() throws Exception {
		Screenshots.roomyWindow();
		IWorkbenchPage page = Workbench.page();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.take("comparison-view");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		assertEquals(Examples.faithful().size() + 1, view.rows().size());
	}

	private Row row(String proposal) {
		return view.rows().stream().filter(row -> row.proposal().equals(proposal)).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + proposal));
	}

	private boolean totalsMatchMarkers(Row row) {
		List<IMarker> markers = markersOf(row.file());
		return row.errors() == count(markers, IMarker.SEVERITY_ERROR) && row.warnings() == count(markers, IMarker.SEVERITY_WARNING);
	}

	private static long count(List<IMarker> markers, int severity) {
		return markers.stream().filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == severity).count();
	}

	private static List<IMarker> markersOf(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private void doubleClick(Row row, Component component) {
		TreeItem item = (TreeItem) view.viewer().testFindItem(row);
		view.viewer().getTree().showItem(item);
		Rectangle bounds = item.getBounds(1 + component.ordinal());
		Event event = new Event();
		event.button = 1;
		event.x = bounds.x + bounds.width / 2;
		event.y = bounds.y + bounds.height / 2;
		view.viewer().getTree().notifyListeners(SWT.MouseDoubleClick, event);
	}

	private static ITextEditor activeEditor() {
		return Workbench.page().getActiveEditor() instanceof ProposalEditor editor ? editor : null;
	}

	private static IFile activeFile() {
		return ((ProposalEditor) activeEditor()).file();
	}

	private static String selectedText() {
		ITextEditor editor = activeEditor();
		return editor == null ? "" : ((ITextSelection) editor.getSelectionProvider().getSelection()).getText();
	}
}
