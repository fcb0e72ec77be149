package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.language.server.tests.ExampleFiles.S03;
import static org.proposalstudio.language.server.tests.ExampleFiles.S04;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureDrawing;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureList;
import org.proposalstudio.language.server.diagram.FigureMessages.FigureParams;
import org.proposalstudio.language.server.diagram.FigureMessages.FiguresParams;
import org.proposalstudio.language.server.diagram.FigureRequests;

/** The figures over the protocol: listed for the proposal at a position, drawn as SVG that maps back to the text. */
class FiguresTest {

	private static final Pattern SOURCED_GROUP = Pattern.compile(
			"<g class=\"(node|edge) [^\"]*\"[^>]* data-element=\"([^\"]+)\"[^>]* data-uri=\"([^\"]+)\" data-range=\"(\\d+):(\\d+)-(\\d+):(\\d+)\"");

	@TempDir
	Path temp;

	@Test
	void theFiguresOfTheProposalAtThePositionWithTheOneDeclaredThere() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03);
			int line = lineOf(server.text(S03), "figure hchTree");
			FigureList list = Server.get(requests(server).figures(new FiguresParams(new TextDocumentIdentifier(uri), new Position(line, 3))));
			assertEquals(List.of("amplificationOperator", "imitativeAmplification", "intermittentOversightFigure", "hchTree"),
					list.figures().stream().map(entry -> entry.figure()).toList());
			assertEquals(3, list.selected());
			assertEquals(line, list.figures().get(3).location().getRange().getStart().getLine());

			int human = lineOf(server.text(S03), "human H");
			FigureList onHuman = Server.get(requests(server).figures(new FiguresParams(new TextDocumentIdentifier(uri), new Position(human, 8))));
			assertEquals("ImitativeAmplificationIntermittentOversight.H", onHuman.caretElement());
		}
	}

	@Test
	void inheritedFiguresSayWhereTheyComeFrom() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S04);
			FigureList list = Server.get(requests(server).figures(new FiguresParams(new TextDocumentIdentifier(uri), null)));
			assertTrue(list.figures().stream().anyMatch(entry -> "ImitativeAmplificationIntermittentOversight".equals(entry.inheritedFrom())
					&& entry.location().getUri().equals(server.uri(S03))), list.toString());
		}
	}

	@Test
	void aFigureIsTheCommandLinesSvgWithTheDeclarationOfEveryNodeAndArrow() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S04);
			FigureDrawing drawing = Server.get(requests(server).figure(new FigureParams(new TextDocumentIdentifier(uri),
					"ImitativeAmplificationRelaxedAdversarialTraining", "ratFigure", "paper")));
			assertNull(drawing.problem());
			assertTrue(drawing.svg().startsWith("<?xml"), drawing.svg());
			Matcher groups = SOURCED_GROUP.matcher(drawing.svg());
			int sourced = 0;
			while (groups.find()) {
				sourced++;
				String element = groups.group(2);
				String file = groups.group(3).equals(server.uri(S03)) ? S03 : S04;
				String declared = server.text(file).lines().skip(Integer.parseInt(groups.group(4))).findFirst().orElseThrow()
						.substring(Integer.parseInt(groups.group(5)));
				String name = element.substring(element.indexOf('.') + 1);
				assertTrue(name.startsWith("flow") || declared.contains(name), element + " maps to '" + declared + "'");
			}
			assertTrue(sourced >= 4, drawing.svg());
			assertTrue(drawing.svg().contains("data-element=\"ImitativeAmplificationRelaxedAdversarialTraining.rat\""),
					"the replacing oversight is drawn from the extending proposal");
		}
	}

	@Test
	void aFigureThatCannotBeDrawnSaysWhy() throws Exception {
		try (Server server = Server.onExamples(temp)) {
			String uri = server.open(S03, server.text(S03).replace("relies on intermittentOversight", "relies on"));
			FigureDrawing broken = Server.get(requests(server).figure(new FigureParams(new TextDocumentIdentifier(uri),
					"ImitativeAmplificationIntermittentOversight", "hchTree", null)));
			assertNull(broken.svg());
			assertNotNull(broken.problem());
			FigureDrawing unknown = Server.get(requests(server).figure(new FigureParams(new TextDocumentIdentifier(server.open(S04)),
					"ImitativeAmplificationRelaxedAdversarialTraining", "noSuchFigure", "light")));
			assertFalse(unknown.problem().isEmpty());
			String error = Server.errorOf(requests(server).figure(new FigureParams(new TextDocumentIdentifier(uri),
					"ImitativeAmplificationIntermittentOversight", "hchTree", "neon")));
			assertTrue(error.contains("neon"), error);
		}
	}

	static FigureRequests requests(Server server) {
		return server.server;
	}

	static int lineOf(String text, String start) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().startsWith(start)) {
				return i;
			}
		}
		throw new AssertionError("no line starts with " + start);
	}
}
