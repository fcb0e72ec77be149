package org.proposalstudio.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;

/** Syntax errors say what was expected and what was found, with the construct's usage, never ANTLR's jargon. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ProposalSyntaxErrorMessageTest {

	@Inject
	private ParseHelper<ProposalModel> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	@Test
	void aMisspelledKeywordNamesWhatWasExpectedAndWhere() throws Exception {
		Diagnostic error = firstError("""
				proposal P {
					model M
					signal s: imitation train M
				}
				""");
		assertEquals(3, error.getLine());
		assertEquals(22, error.getColumn());
		assertTrue(error.getMessage().startsWith("Missing 'trains' before 'train'"), error.getMessage());
		assertTrue(error.getMessage().contains("a signal reads: signal NAME: KIND trains MODEL"), error.getMessage());
	}

	@Test
	void aKeywordUsedAsANameIsExplained() throws Exception {
		Diagnostic error = firstError("proposal P { model signal }");
		assertTrue(error.getMessage().contains("'signal' is a keyword; write ^signal to use it as a name"), error.getMessage());
	}

	@Test
	void singleQuotesAreNotStrings() throws Exception {
		Diagnostic error = firstError("proposal P 'title' { }");
		assertTrue(error.getMessage().startsWith("Unexpected ' : text goes in double quotes"), error.getMessage());
	}

	@Test
	void anUnfinishedFileSaysSo() throws Exception {
		Diagnostic error = firstError("proposal P {\n\tmodel M\n");
		assertTrue(error.getMessage().contains("end of file"), error.getMessage());
		assertFalse(error.getMessage().contains("Unexpected the"), error.getMessage());
	}

	@Test
	void anUnknownDeclarationListsWhatAProposalHolds() throws Exception {
		Diagnostic error = firstError("proposal P {\n\tmodl M\n}\n");
		assertEquals(2, error.getLine());
		assertTrue(error.getMessage().contains("a proposal holds participants (human, user, judge, model"), error.getMessage());
	}

	@Test
	void anUnclosedTextSaysWhereItStarts() throws Exception {
		Diagnostic error = firstError("proposal P {\n\tmodel M\n\tdeploy M \"used as\n}\n");
		assertEquals(3, error.getLine());
		assertEquals(11, error.getColumn());
		assertEquals("This text in double quotes is not closed: the file ends before its closing \"", error.getMessage());
	}

	@Test
	void anUnclosedCommentSaysSo() throws Exception {
		Diagnostic error = firstError("proposal P {\n\tmodel M /* the model\n}\n");
		assertEquals("This comment is not closed: the file ends before its closing */", error.getMessage());
	}

	@Test
	void noMessageUsesAntlrJargon() throws Exception {
		for (String broken : new String[] { "proposal P { model }", "proposal { }", "proposal P { flow A => B }",
				"proposal P { oversight o: H oversees M sometimes }", "proposal P { inner alignment is great \"x\" }",
				"proposal P { model M \"open", "proposal P { human H # }", "proposal P /* open" }) {
			for (Diagnostic error : parseHelper.parse(broken).eResource().getErrors()) {
				assertFalse(error.getMessage().matches(".*(mismatched (input|character)|no viable alternative|extraneous input|RULE_).*"),
						broken + " gave: " + error.getMessage());
			}
		}
	}

	/** The syntax error explains the problem; EMF's own constraints would only repeat it in EMF's words. */
	@Test
	void aSyntaxErrorIsNotRepeatedByEmfConstraints() throws Exception {
		ProposalModel model = parseHelper.parse("proposal P { model M signal s: imitation trains }");
		for (Issue issue : validationHelper.validate(model)) {
			assertFalse(issue.getCode() != null && issue.getCode().startsWith("org.eclipse.emf"), issue.toString());
		}
	}

	/** Tools read diagnostics line by line: whatever the input holds, an issue's message is one line. */
	@Test
	void everyMessageIsOneLineWhateverTheInputHolds() throws Exception {
		for (String broken : new String[] { "proposal P \"a title\" \"a second\\ntext\nover lines\" { }",
				"proposal P \"t\" \"separated\u2028lines\u2029and\u0085more\" { }", "proposal P { model M\u0007 }",
				"proposal P { model \"\r\n\" }", "proposal P \"t\" \"" + "long ".repeat(200) + "\" { }",
				"proposal P { deploy M \u202Eevil\u202C }" }) {
			List<Issue> issues = validationHelper.validate(parseHelper.parse(broken));
			assertFalse(issues.isEmpty(), broken);
			for (Issue issue : issues) {
				assertTrue(issue.getMessage().codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
						|| c >= 0x202A && c <= 0x202E), "a character that breaks or reorders a line: " + issue.getMessage());
				assertTrue(issue.getMessage().length() < 600, "a message quotes a piece of the input, not all of it: " + issue.getMessage());
			}
		}
	}

	@Test
	void aQuotedStringShowsItsLineBreaksAsEscapes() throws Exception {
		Issue issue = validationHelper.validate(parseHelper.parse("proposal P \"t\" \"one\ntwo\" { }")).get(0);
		assertTrue(issue.getMessage().startsWith("Unexpected '\"one\\ntwo\"' (expected '{')"), issue.getMessage());
	}

	@Test
	void aNumberTooLargeSaysHowLargeNumbersGo() throws Exception {
		Diagnostic error = firstError("proposal P cites 2147483648 { }");
		assertEquals("The number '2147483648' is too large: numbers go up to 2147483647", error.getMessage());
		assertEquals(1, error.getLine());
		assertEquals(18, error.getColumn());
	}

	@Test
	void aNameLongerThanAFileNameAllowsIsAnErrorWhereItIsWritten() throws Exception {
		String longest = "P" + "x".repeat(Limits.MAX_NAME_LENGTH - 1);
		assertEquals(List.of(), parseHelper.parse("proposal " + longest + " { model M }").eResource().getErrors());
		Diagnostic error = firstError("proposal P { model M figure f" + "x".repeat(Limits.MAX_NAME_LENGTH) + " { shows M } }");
		assertEquals("The name 'f" + "x".repeat(59) + "...' has 101 characters; a name has at most 100, as files are named after"
				+ " proposals and figures", error.getMessage());
		assertEquals(1, error.getLine());
		assertEquals(29, error.getColumn());
	}

	private Diagnostic firstError(String text) throws Exception {
		return parseHelper.parse(text).eResource().getErrors().get(0);
	}
}
