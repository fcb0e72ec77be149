package org.proposalstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * docs/figures is the gallery of the figures the examples declare, generated: one SVG each and a page with each figure
 * beside its caption. This test fails when the gallery no longer matches what the examples and the engine draw; run
 * with {@code -Dproposalstudio.gallery=update} it rewrites the gallery instead.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class GalleryTest {

	private static final String PAGE = "README.md";

	@Inject
	private Injector injector;

	@Test
	void theGalleryIsCurrent() throws IOException {
		Map<String, String> expected = gallery(new ExampleScenes(injector).declaredScenes());
		Path folder = Examples.repository().resolve("docs/figures");
		if ("update".equals(System.getProperty("proposalstudio.gallery"))) {
			write(folder, expected);
			return;
		}
		Map<String, String> actual = new LinkedHashMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.sorted().toList()) {
					actual.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
				}
			}
		}
		assertEquals(expected.keySet(), actual.keySet(),
				"docs/figures lists other files than the examples draw; refresh it with ./mvnw verify -Dproposalstudio.gallery=update");
		expected.forEach((file, content) -> assertEquals(content, actual.get(file),
				"docs/figures/" + file + " is stale; refresh it with ./mvnw verify -Dproposalstudio.gallery=update"));
	}

	/** The files of the gallery by name: the paper's figures in the paper's order, then the examples' own. */
	static Map<String, String> gallery(List<Scene> scenes) {
		List<Scene> ordered = scenes.stream().sorted(Comparator.comparingInt(GalleryTest::firstPaperFigure)).toList();
		Map<String, String> files = new LinkedHashMap<>();
		StringBuilder page = new StringBuilder("""
				# The figures, generated

				Every figure the examples in [`examples/`](../../examples) declare, drawn by Proposal Studio's diagram engine
				from the proposal models (light theme): the figures 2 to 26 of the paper, and a figure for each of the three
				proposals the paper leaves without one. This folder is generated; a test fails when it is stale, and
				`./mvnw verify -Dproposalstudio.gallery=update` rewrites it.

				| figure | caption |
				|---|---|
				""");
		for (Scene scene : ordered) {
			String file = scene.fileName() + ".svg";
			files.put(file, SvgWriter.write(DiagramDrawing.compose(DiagramLayout.layout(scene), Theme.LIGHT)));
			String number = scene.paperFigures().isEmpty() ? "not in the paper"
					: (scene.paperFigures().size() > 1 ? "figures " : "figure ")
							+ String.join(", ", scene.paperFigures().stream().map(String::valueOf).toList());
			page.append("| ![").append(scene.title()).append("](").append(file).append(") | **").append(scene.title()).append("** (")
					.append(number).append("; `").append(scene.proposal()).append("`)<br>").append(scene.caption().replace("|", "\\|"))
					.append(" |\n");
		}
		files.put(PAGE, page.toString());
		return files;
	}

	private static int firstPaperFigure(Scene scene) {
		return scene.paperFigures().isEmpty() ? Integer.MAX_VALUE : scene.paperFigures().get(0);
	}

	private static void write(Path folder, Map<String, String> files) throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> existing = Files.list(folder)) {
			for (Path stale : existing.filter(file -> !files.containsKey(file.getFileName().toString())).toList()) {
				Files.delete(stale);
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}
}
