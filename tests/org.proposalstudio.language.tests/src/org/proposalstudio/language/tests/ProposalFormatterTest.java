package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.log4j.Level;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.logging.LoggingTester;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.language.formatting2.ProposalTextFormatter;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private ProposalTextFormatter textFormatter;

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void spacingIsNormalizedAndDeclarationsGoOnTheirOwnLines() {
		assertFormatted("""
				proposal  X   "t"   section  3 cites 1,2{
				human H   model M
				  amplified Amp(M)=H consulting M
				 signal s : imitation trains M from Amp(M) ,myopic per-step
				  flow H->M : consultation
				 limit l:HCH of Amp(M)
				}
				proposal Y extends X { }
				""", """
				proposal X "t" section 3 cites 1, 2 {
					human H
					model M
					amplified Amp(M) = H consulting M
					signal s: imitation trains M from Amp(M), myopic per-step
					flow H -> M: consultation
					limit l: HCH of Amp(M)
				}

				proposal Y extends X {
				}
				""");
	}

	@Test
	void commentsBlankLinesAndChosenLineBreaksAreKept() {
		String formatted = """
				// why this proposal exists
				proposal X {
					model M
					human H

					// the oversight, on several lines
					oversight o: H oversees M throughout training
						using transparency-tools
						checking no-optimization
						"halts training when optimization is seen"
					signal s: prediction trains M "on one line"
				}

				proposal Y "A long title that pushes the rest of the header onto a second line" section 4
					extends X {
				}
				""";
		assertFormatted(formatted, formatted);
	}

	@Test
	void blankLinesCollapseToOne() {
		assertFormatted("""
				proposal X {
					model M



					human H
				}
				""", """
				proposal X {
					model M

					human H
				}
				""");
	}

	/**
	 * Comments among the words of a declaration keep their lines, and the lines after them are indented as a
	 * continuation: formatting them once gives text that formatting again leaves as it is. A line comment at column 0
	 * is taken for commented-out code and stays there.
	 */
	@Test
	void commentsInsideADeclarationKeepTheirLinesAndFormatOnce() {
		String formatted = """
				proposal
				// only a comment
					/* and another */ X {
					model
						/* b */
				// a
						M
					deploy M // where it runs
				}
				""";
		assertFormatted("""
				proposal
				// only a comment
				/* and another */ X { model
				/* b */
				// a
				M deploy M // where it runs
				}
				""", formatted);
		assertFormatted(formatted, formatted);
	}

	/** A comment of several lines after a token goes on a line of its own, and the blank line stays before it. */
	@Test
	void aCommentOfSeveralLinesAfterATokenMovesOnce() {
		String formatted = """
				proposal X {
					model M
				}

				/*
				 * // not a line comment
				 /* nor a nested one */
				proposal Y {
					model M
				}
				""";
		assertFormatted("""
				proposal X { model M }/*
				// not a line comment
				/* nor a nested one */
				proposal Y { model M }
				""", formatted);
		assertFormatted(formatted, formatted);
	}

	/** One space after the '//' of a comment after a token, the first time, wherever its line starts. */
	@Test
	void aLineCommentAfterATokenGetsOneSpaceAtOnce() {
		String formatted = """
				proposal X {
					model M
					deploy M // where\tit runs
				}
				// kept as it is:\tcommented out
				""";
		assertFormatted("""
				proposal X { model M deploy M //\twhere\tit runs
				}
				// kept as it is:\tcommented out
				""", formatted);
		assertFormatted(formatted, formatted);
	}

	@Test
	void figureClausesGoOnTheirOwnLines() {
		assertFormatted("""
				proposal X { model M figure f "F" reproduces 3,6 { shows M arrows imitation unroll limit depth 2 breadth 3 "cap" } }
				""", """
				proposal X {
					model M
					figure f "F" reproduces 3, 6 {
						shows M
						arrows imitation
						unroll limit depth 2 breadth 3
						"cap"
					}
				}
				""");
	}

	/** Each of these comments between each two words of a proposal, after a proposal without comments. */
	static Stream<String> commentsBetweenTokens() {
		List<String> words = List.of("proposal", "P", "extends", "Q", "{", "model", "M", "deploy", "M", "}");
		List<String> comments = List.of("\n// a\n", " // a\n", " //\ta\n", "\n// a\n/* b */ ", " /* b */\n", "\n/* b */\n// a\n",
				" // a\n// c\n", "\n\t// a\n\n", "/* b\n c */", " /* b\n c */\n", "\n/* b\n c */ // a\n", "/*\n// a\n/* b */\n");
		return IntStream.range(1, words.size()).boxed().flatMap(gap -> comments.stream()
				.map(comment -> "proposal Q { model M deploy M }\n\n" + String.join(" ", words.subList(0, gap)) + comment
						+ String.join(" ", words.subList(gap, words.size())) + "\n"));
	}

	/** Where the comments go is the formatter's choice; formatting its own output again changes nothing. */
	@ParameterizedTest
	@MethodSource("commentsBetweenTokens")
	void commentsBetweenAnyTwoWordsFormatOnce(String text) throws Exception {
		String once = formatted(text);
		assertEquals(once, formatted(once));
	}

	static List<Path> examples() {
		return Stream.concat(Examples.faithful().stream(), Examples.flawed().stream()).toList();
	}

	/** The examples are written in the formatter's layout, so formatting leaves them as they are. */
	@ParameterizedTest
	@MethodSource("examples")
	void examplesAreFormatted(Path example) throws Exception {
		String text = Files.readString(example);
		assertFormatted(text, text);
	}

	/**
	 * Serializing one proposal of a model formats the whole model while the text holds that proposal only, as
	 * import-xmi does to find what it cannot write: the other proposals have no text to format, and no error either.
	 */
	@Test
	void aProposalSerializedAloneIsFormattedAsInAModelOfItsOwn() throws Exception {
		String second = "proposal B { model M signal s: imitation trains M from M deploy M }";
		ProposalModel model = unparsedCopy("proposal A { human H }\n" + second);
		ProposalModel alone = unparsedCopy(second);
		LoggingTester.captureLogging(Level.ERROR, ExceptionAcceptor.class,
				() -> assertEquals(serializer.serialize(alone.getProposals().get(0)), serializer.serialize(model.getProposals().get(1))))
				.assertNoLogEntries();
	}

	/** The model of {@code text} without its text, in a resource of its own, as import-xmi has one. */
	private ProposalModel unparsedCopy(String text) throws Exception {
		ProposalModel parsed = parseHelper.parse(text);
		EcoreUtil.resolveAll(parsed);
		ProposalModel copy = EcoreUtil.copy(parsed);
		resourceSets.get().createResource(URI.createURI("synthetic:/copy.proposal")).getContents().add(copy);
		return copy;
	}

	private String formatted(String text) throws Exception {
		return textFormatter.format((XtextResource) parseHelper.parse(text).eResource());
	}

	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(input);
			request.setExpectation(expected);
			// a parsed file keeps the line breaks its author chose; ProposalSerializerTest covers layout from scratch
			request.setUseSerializer(false);
		});
	}
}
