package org.proposalstudio.safetycase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.safetycase.diagram.ArgumentScenes;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The safety case of §3 that the README and docs/safety-case.md show is generated from the example: this test fails when
 * it no longer matches what the engine draws; run with {@code -Dproposalstudio.gallery=update}, as for the gallery of
 * figures, it rewrites the image instead.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class DocumentationImagesTest {

	static final String IMAGE = "docs/images/safety-case-s03.svg";

	@Inject
	private Injector injector;

	@Test
	void theSafetyCaseOfSection3IsCurrent() throws IOException {
		String expected = SvgWriter.write(DiagramDrawing.compose(
				DiagramLayout.layout(ArgumentScenes.sceneOf(Cases.ofExamples(injector).get(SafetyCasesTest.S3))), Theme.LIGHT));
		Path image = Examples.repository().resolve(IMAGE);
		if ("update".equals(System.getProperty("proposalstudio.gallery"))) {
			Files.writeString(image, expected, StandardCharsets.UTF_8);
			return;
		}
		assertEquals(expected, Files.exists(image) ? Files.readString(image, StandardCharsets.UTF_8) : "",
				IMAGE + " is stale; refresh it with ./mvnw verify -Dproposalstudio.gallery=update");
	}
}
