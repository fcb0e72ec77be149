package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.model.ProjectModel;

/** The model of a file being edited: each new text of the editor gives the model a fresh parse of it would give. */
class ProjectModelTest {

	@RegisterExtension
	final TestProject project = new TestProject("model");

	@Test
	void editsGiveTheModelOfTheTextParsedAfresh() throws Exception {
		IFile file = project.example("s03-imitative-amplification-intermittent-oversight.proposal", "s03.proposal");
		ProjectModel model = ProposalUiPlugin.get().projectModels().of(file);
		String text = model.read(resources -> textOf(model.resource(file)));
		String[][] edits = {
				{ "relies on intermittentOversight", "relies on intermittentOversights" }, // a reference broken
				{ "relies on intermittentOversights", "relies on intermittentOversight" }, // and repaired
				{ "\thuman H ", "\thuman Human " }, // a declaration renamed: its references break
				{ "\tdeploy M", "\tmodel N\n\tdeploy M" }, // a line added
				{ "section 3.2 cites 10", "section cites 10" }, // a syntax error
				{ "section cites 10", "section 3.2 cites 10" }, // healed
				{ "proposal Imitative", "proposal Imitative {" } }; // an unbalanced brace
		for (String[] edit : edits) {
			assertTrue(text.contains(edit[0]), edit[0]);
			text = text.replace(edit[0], edit[1]);
			model.edit(file, text);
			String expected = text;
			model.read(resources -> {
				XtextResource edited = model.resource(file);
				assertEquals(expected, textOf(edited), "the node model holds the text");
				EcoreUtil.resolveAll(edited);
				EObject fresh = parse(expected, ProjectModel.uriOf(file));
				assertTrue(EcoreUtil.equals(fresh, edited.getContents().get(0)), "the model of " + edit[1]);
				return null;
			});
		}
	}

	private static String textOf(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}

	/** The model of the text parsed afresh in a resource set of its own, under the file's URI (which unresolved links name). */
	private static EObject parse(String text, URI uri) {
		XtextResourceSet resources = ProposalUiPlugin.get().injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resource);
		return resource.getContents().get(0);
	}
}
