package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.language.serializer.ProposalCrossReferenceSerializer;
import org.proposalstudio.language.services.ProposalGrammarAccess;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/**
 * References written by the serializer: each by a name that leads back to its target, found by one lookup of the
 * target's own name where that leads back, a long chain included.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalCrossReferenceSerializerTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ISerializer serializer;

	@Inject
	private ExtendsReferences references;

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

	@Test
	void aTargetFoundByItsOwnNameIsWrittenAfterOneLookupNotASearchOfTheScope() throws Exception {
		Proposal base = parseHelper.parse("proposal Base { model M }").getProposals().get(0);
		assertEquals("Base", references.nameOf(base, onlyFindable(QualifiedName.create("Base"), base)));
	}

	@Test
	void aTargetWhoseNameLeadsElsewhereIsLeftToXtextsSearch() throws Exception {
		ProposalModel model = parseHelper.parse("proposal Base { model M }\nproposal Other { model M }");
		IScope shadowed = onlyFindable(QualifiedName.create("Base"), model.getProposals().get(1));
		assertThrows(ScopeSearched.class, () -> references.nameOf(model.getProposals().get(0), shadowed));
	}

	/** The serializer's choice of name for a reference to a proposal, as 'extends' writes it. */
	static class ExtendsReferences extends ProposalCrossReferenceSerializer {

		@Inject
		private ProposalGrammarAccess grammar;

		String nameOf(Proposal target, IScope scope) {
			return getCrossReferenceNameFromScope(null, grammar.getProposalAccess().getExtendsProposalCrossReference_5_1_0(), target, scope, null);
		}
	}

	private static final class ScopeSearched extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	/** A scope that finds one element by its name and fails a search of all its elements. */
	private static IScope onlyFindable(QualifiedName name, EObject element) {
		return new IScope() {
			@Override
			public IEObjectDescription getSingleElement(QualifiedName wanted) {
				return wanted.equals(name) ? EObjectDescription.create(name, element) : null;
			}

			@Override
			public Iterable<IEObjectDescription> getElements(QualifiedName wanted) {
				throw new ScopeSearched();
			}

			@Override
			public IEObjectDescription getSingleElement(EObject object) {
				throw new ScopeSearched();
			}

			@Override
			public Iterable<IEObjectDescription> getElements(EObject object) {
				throw new ScopeSearched();
			}

			@Override
			public Iterable<IEObjectDescription> getAllElements() {
				throw new ScopeSearched();
			}
		};
	}

	/** The model's text as the serializer writes it without the text it was parsed from. */
	private String serialized(ProposalModel parsed) {
		XtextResource withoutNodes = (XtextResource) parsed.eResource().getResourceSet().createResource(URI.createURI("memory:/copy.proposal"));
		withoutNodes.getContents().add(EcoreUtil.copy(parsed));
		EcoreUtil.resolveAll(withoutNodes);
		return serializer.serialize(withoutNodes.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
	}
}
