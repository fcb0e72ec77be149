package org.proposalstudio.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ProposalStudioCli;
import org.proposalstudio.diagram.layout.Geometry.Box;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.Drawing.Group;
import org.proposalstudio.diagram.render.Drawing.Mark;
import org.proposalstudio.diagram.render.Drawing.Rect;
import org.proposalstudio.diagram.render.Drawing.Text;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.ui.DiagramView;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.editor.ProposalEditor;
import org.proposalstudio.ui.tests.Screenshots;
import org.proposalstudio.ui.tests.Workbench;
import org.w3c.dom.Document;

/**
 * The Proposal Diagram view in a running workbench: it draws the figure of the proposal being edited, follows the
 * typing, exports what the command line renders, and links the diagram and the text both ways.
 */
class DiagramViewTest {

	private static final String SKETCH = """
			proposal Sketch {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M continuously checking per-step-myopia
				deploy M
				figure sketch "A sketch" {
					"Imitative amplification with oversight."
				}
			}
			""";

	private IProject project;
	private IFile file;
	private ProposalEditor editor;
	private DiagramView view;

	@BeforeEach
	void openTheSketchAndTheView() throws Exception {
		project = Workbench.project("diagrams");
		file = Workbench.file(project, "sketch.proposal", SKETCH);
		editor = (ProposalEditor) IDE.openEditor(Workbench.page(), file, ProposalEditor.ID);
		view = (DiagramView) Workbench.page().showView(DiagramView.ID);
		Workbench.waitUntil("the sketch drawn", () -> view.drawing() != null);
	}

	@AfterEach
	void closeEverything() throws Exception {
		Workbench.cleanUp(project, view);
	}

	@Test
	void drawsTheFigureOfTheEditorAndFollowsWhatIsTyped() throws Exception {
		assertEquals("A sketch", view.drawing().title());
		assertEquals(List.of("Amp(M)", "H", "M", "M"), nodeLabels(view.drawing()), "M inside Amp(M), and M trained beside it");

		IDocument document = document();
		document.replace(document.get().indexOf("\tdeploy M"), 0, "\tmodel N\n\tflow M -> N\n");
		Workbench.waitUntil("the new participant drawn", () -> nodeLabels(view.drawing()).contains("N"));
		assertFalse(view.isStale());

		document.replace(document.get().indexOf("\tdeploy M"), 0, "\tmodel {\n");
		Workbench.waitUntil("the syntax error noticed", view::isStale);
		assertTrue(view.message().contains("syntax errors"), view.message());
		assertTrue(nodeLabels(view.drawing()).contains("N"), "the last good diagram stays, marked as stale");

		document.set(document.get().replace("\tmodel {\n", ""));
		Workbench.waitUntil("the diagram drawn again", () -> !view.isStale() && view.message().isEmpty());

		view.setTheme(Theme.PAPER);
		Workbench.waitUntil("the paper theme", () -> Theme.PAPER.background().equals(view.drawing().background()));
	}

	@Test
	void saysWhyItDrawsNothing() throws Exception {
		IDocument document = document();
		document.replace(document.get().indexOf("\t\t\"Imitative"), 0, "\t\tunroll limit depth 2\n");
		Workbench.waitUntil("the figure that cannot be drawn", () -> view.drawing() == null);
		assertTrue(view.message().contains("it unrolls the limit, but the proposal declares none"), view.message());

		Workbench.page().closeAllEditors(false);
		Workbench.waitUntil("no editor to follow", () -> view.message().startsWith("Open a proposal in the Proposal Editor"));
	}

	@Test
	void exportsWhatTheCommandLineRenders(@TempDir Path folder) throws Exception {
		view.setTheme(Theme.LIGHT);
		Workbench.waitUntil("the light theme, render's default", () -> Theme.LIGHT.background().equals(view.drawing().background()));
		Path svg = folder.resolve("view/Sketch-sketch.svg");
		Path png = folder.resolve("view/Sketch-sketch.png");
		view.export(svg);
		view.export(png);

		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName());
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals((int) Math.ceil(view.drawing().width() * 2), image.getWidth(), "PNGs at the command line's scale");

		Path rendered = folder.resolve("cli");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new ProposalStudioCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8))
				.run("render", file.getLocation().toString(), "--out", rendered.toString(), "--format", "svg,png");
		assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
		assertEquals(Files.readString(rendered.resolve("Sketch-sketch.svg")), Files.readString(svg), "the same SVG as render's");
		assertArrayEquals(Files.readAllBytes(rendered.resolve("Sketch-sketch.png")), Files.readAllBytes(png), "the same PNG as render's");
		try (Stream<Path> left = Files.list(svg.getParent())) {
			assertEquals(2, left.count(), "no temporary file left behind");
		}
	}

	@Test
	void aClickSelectsTheDeclarationAndTheCaretHighlightsTheNodes() throws Exception {
		Box model = shapeOf(view.drawing(), "node-M");
		Event click = new Event();
		click.button = 1;
		click.x = (int) Math.round((model.x() + model.width() / 2) * view.zoom());
		click.y = (int) Math.round((model.y() + model.height() / 2) * view.zoom());
		view.canvas().notifyListeners(SWT.MouseDown, click);
		Workbench.waitUntil("the declaration of M selected", () -> "model M".equals(selection().getText()));

		int human = document().get().indexOf("human H") + "human ".length();
		editor.selectAndReveal(human, 0);
		Workbench.waitUntil("H highlighted", () -> view.highlighted().equals(Set.of("node-Amp(M)/H")));

		int signal = document().get().indexOf("imitationLoss");
		editor.selectAndReveal(signal, 0);
		Workbench.waitUntil("the signal's arrows highlighted",
				() -> !view.highlighted().isEmpty() && view.highlighted().stream().allMatch(id -> id.startsWith("edge-")));
	}

	@Test
	void picturesOfTheView() throws Exception {
		Screenshots.roomyWindow();
		document().set(Files.readString(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal")));
		Workbench.waitUntil("the example drawn", () -> view.drawing() != null && view.drawing().title().startsWith("The amplification operator"));
		view.showFigure("ImitativeAmplificationIntermittentOversight-intermittentOversightFigure");
		Workbench.waitUntil("the oversight figure", () -> view.drawing().title().startsWith("Imitative amplification + intermittent"));
		view.zoomTo(1);
		editor.selectAndReveal(document().get().indexOf("oversight intermittentOversight"), 0);
		Workbench.waitUntil("the oversight highlighted", () -> !view.highlighted().isEmpty());
		Screenshots.take("diagram-view-beside-the-editor");

		IWorkbenchPage page = Workbench.page();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.setTheme(Theme.PAPER);
		view.showFigure("ImitativeAmplificationIntermittentOversight-hchTree");
		Workbench.waitUntil("the HCH tree on the paper's page",
				() -> view.drawing().title().startsWith("HCH") && Theme.PAPER.background().equals(view.drawing().background()));
		view.fitToView();
		Workbench.waitUntil("the small tree fitting the maximized view at more than 100%", () -> view.zoom() > 1);
		Screenshots.take("diagram-view-paper-tree");
		document().replace(document().get().indexOf("\tdeploy M"), 0, "\tmodel {\n");
		Workbench.waitUntil("the syntax error noticed", view::isStale);
		Screenshots.take("diagram-view-stale");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private ITextSelection selection() {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	/** The labels of the drawing's nodes, in drawing order: groups first, then the nodes inside and outside them. */
	private static List<String> nodeLabels(Drawing drawing) {
		return drawing.marks().stream().flatMap(mark -> nodes(mark).stream()).toList();
	}

	private static List<String> nodes(Mark mark) {
		if (mark instanceof Group group && group.attributes().getOrDefault("class", "").startsWith("node ")) {
			return group.children().stream().filter(Text.class::isInstance).map(text -> ((Text) text).text()).toList();
		}
		return List.of();
	}

	private static Box shapeOf(Drawing drawing, String id) {
		return drawing.marks().stream().filter(mark -> mark instanceof Group group && id.equals(attributes(group).get("id")))
				.map(mark -> ((Rect) ((Group) mark).children().get(0)).box()).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id + " in the drawing"));
	}

	private static Map<String, String> attributes(Group group) {
		return group.attributes();
	}
}
