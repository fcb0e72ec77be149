package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** References written by the serializer: each by a name that leads back to its target, a long chain included. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalCrossReferenceSerializerTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ISerializer serializer;

	@Test
	void aLongChainOfExtendsIsWrittenLinkByLinkAndReadsBackTheSame() throws Exception {
		StringBuilder text = new StringBuilder("proposal C0 {\n\tmodel M\n}\n");
		for (int i = 1; i <= 2_000; i++) {
			text.append("\nproposal C").append(i).append(" extends C").append(i - 1).append(" {\n}\n");
		}
		ProposalModel written = parseHelper.parse(serialized(parseHelper.parse(text)));
		for (int i = 1; i <= 2_000; i++) {
			assertSame(written.getProposals().get(i - 1), written.getProposals().get(i).getExtends(), "C" + i);
		}
	}

	@Test
	void aReferenceToAnInheritedParticipantIsWrittenByItsName() throws Exception {
		String text = serialized(parseHelper.parse("""
				proposal Base { model M human H }
				proposal Child extends Base { amplified Amp(M) = H consulting M }
				"""));
		assertEquals("""
				proposal Child extends Base {
					amplified Amp(M) = H consulting M
				}
				""", text.substring(text.indexOf("proposal Child")));
	}

	/** The model's text as the serializer writes it without the text it was parsed from. */
	private String serialized(ProposalModel parsed) {
		XtextResource withoutNodes = (XtextResource) parsed.eResource().getResourceSet().createResource(URI.createURI("memory:/copy.proposal"));
		withoutNodes.getContents().add(EcoreUtil.copy(parsed));
		EcoreUtil.resolveAll(withoutNodes);
		return serializer.serialize(withoutNodes.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
	}
}
