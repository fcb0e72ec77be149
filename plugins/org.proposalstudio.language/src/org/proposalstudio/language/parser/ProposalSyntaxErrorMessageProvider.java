package org.proposalstudio.language.parser;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.proposalstudio.model.io.Messages;
import org.proposalstudio.model.proposal.ProposalPackage;

/**
 * Syntax errors in words a person understands: what was expected, what was found, and how the construct being written
 * reads, instead of ANTLR's "mismatched input" and "no viable alternative".
 */
public class ProposalSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final ProposalPackage P = ProposalPackage.eINSTANCE;

	/** How each construct reads, shown when the parser cannot tell what was meant. */
	private static final Map<EClass, String> USAGE = Map.ofEntries(
			Map.entry(P.getProposalModel(), "a file holds proposals: proposal NAME \"TITLE\" [section N] [cites N, ...] [extends OTHER] { ... }"),
			Map.entry(P.getProposal(), "a proposal holds participants (human, user, judge, model, agent, reward model, debater, amplified, environment, dataset, question, answer), flow, signal, oversight, limit, deploy, arguments (outer alignment, inner alignment, training competitiveness, performance competitiveness) and figure"),
			Map.entry(P.getInformationFlow(), "a flow reads: flow SOURCE -> TARGET [: KIND] (or <-> for both ways)"),
			Map.entry(P.getTrainingSignal(), "a signal reads: signal NAME: KIND trains MODEL [from SOURCE] [, myopic per-step | , myopic per-episode | , non-myopic]; KIND is imitation, approval, rl-reward, reward-modeling, prediction, debate or task"),
			Map.entry(P.getOversight(), "an oversight reads: oversight NAME: OVERSEER oversees MODEL continuously | intermittently [when the target changes] | once after training | throughout training [using TOOLS] [checking CONDITIONS] [mitigating RISK \"HOW\"]"),
			Map.entry(P.getMitigation(), "a mitigation reads: mitigating overfitting | meta-learning | other \"HOW\""),
			Map.entry(P.getTheoreticalLimit(), "a limit reads: limit NAME: KIND [of Amp(M)] [towards KIND]; KIND is HCH, approval-tree, reward-modeling-tree, debate-equilibrium, rl-optimum, minimal-loss-predictor, annealed or custom"),
			Map.entry(P.getDeployment(), "a deployment reads: deploy MODEL [discarding OTHER] [\"HOW IT IS USED\"]"),
			Map.entry(P.getComponentArgument(), "an argument reads: outer alignment | inner alignment | training competitiveness | performance competitiveness is promising | uncertain | concerning [section N.N] [cites N, N] [relies on MECHANISM, ...] \"ARGUMENT\""),
			Map.entry(P.getFigure(), "a figure reads: figure NAME \"TITLE\" [reproduces N] { [shows PARTICIPANTS] [arrows KINDS] [with MECHANISMS] [unroll limit | debate | versions | nested depth N [breadth N]] }"),
			Map.entry(P.getUnrolling(), "an unrolling reads: unroll limit | debate | versions | nested depth N [breadth N]"),
			Map.entry(P.getAmplifiedModel(), "an amplified model reads: amplified Amp(M) = H consulting M"),
			Map.entry(P.getDebater(), "a debater reads: debater NAME [first | second] [copy of OTHER [at move N]]"),
			Map.entry(P.getModel(), "a model reads: model NAME [earlier version of NEWER] [may build models]"));

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			// the lexer's errors come as ANTLR's text alone
			String lexical = lexicalMessage(context.getDefaultMessage());
			return lexical == null ? super.getSyntaxErrorMessage(context) : new SyntaxErrorMessage(lexical, Diagnostic.SYNTAX_DIAGNOSTIC);
		}
		String found = describe(exception.token);
		String message;
		if (isStraySingleQuote(exception.token)) {
			message = "Unexpected ' : text goes in double quotes, and a single quote may only end a name, as in M'";
		} else if (exception instanceof MissingTokenException missing) {
			message = "Missing " + expected(context, missing.expecting) + " before " + found;
		} else if (exception instanceof UnwantedTokenException unwanted) {
			message = "Unexpected " + found + " (expected " + expected(context, unwanted.expecting) + ")";
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting != Token.INVALID_TOKEN_TYPE) {
			message = "Expected " + expected(context, mismatched.expecting) + " but found " + found;
			if ("RULE_ID".equals(tokenName(context, mismatched.expecting)) && isKeyword(context, exception.token)) {
				message += ": '" + exception.token.getText() + "' is a keyword; write ^" + exception.token.getText()
						+ " to use it as a name";
			}
		} else {
			message = "Unexpected " + found;
			if (isKeyword(context, exception.token) && introducesName(previousToken(exception))) {
				message += ": '" + exception.token.getText() + "' is a keyword; write ^" + exception.token.getText()
						+ " to use it as a name";
			}
		}
		String usage = usage(context.getCurrentContext());
		return new SyntaxErrorMessage(usage == null ? message : message + "; " + usage, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character '(.*)' expecting (.*)");
	private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("no viable alternative at character '(.*)'");

	/** The lexer's message in plain words, or {@code null} when it is not one of the lexer's. */
	private static String lexicalMessage(String antlr) {
		if (antlr == null) {
			return null;
		}
		Matcher mismatched = MISMATCHED_CHARACTER.matcher(antlr);
		if (mismatched.matches()) {
			String expecting = mismatched.group(2);
			if ("<EOF>".equals(mismatched.group(1))) {
				if (expecting.contains("\"")) {
					return "This text in double quotes is not closed: the file ends before its closing \"";
				}
				if (expecting.contains("*")) {
					return "This comment is not closed: the file ends before its closing */";
				}
				return "The file ends in the middle of a word (expected " + expecting + ")";
			}
			return "Unexpected character '" + mismatched.group(1) + "' (expected " + expecting + ")";
		}
		Matcher unexpected = UNEXPECTED_CHARACTER.matcher(antlr);
		if (unexpected.matches()) {
			return "Unexpected character '" + unexpected.group(1) + "'";
		}
		return null;
	}

	private static String usage(EObject currentContext) {
		return currentContext == null ? USAGE.get(P.getProposalModel()) : USAGE.get(currentContext.eClass());
	}

	/** The keywords after which a declaration's name comes. */
	private static final Set<String> NAME_INTRODUCERS = Set.of("proposal", "human", "user", "judge", "model", "agent",
			"debater", "amplified", "environment", "dataset", "question", "answer", "signal", "oversight", "limit", "figure");

	private static boolean introducesName(Token token) {
		return token != null && NAME_INTRODUCERS.contains(token.getText());
	}

	private static Token previousToken(RecognitionException exception) {
		return exception.input instanceof TokenStream tokens && exception.index > 0 ? tokens.LT(-1) : null;
	}

	private static String describe(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "end of file";
		}
		return Messages.quote(token.getText());
	}

	private static boolean isStraySingleQuote(Token token) {
		return token != null && "'".equals(token.getText());
	}

	/** Keywords are the tokens whose names ANTLR writes in quotes. */
	private static boolean isKeyword(IParserErrorContext context, Token token) {
		String name = token == null ? null : tokenName(context, token.getType());
		return name != null && name.startsWith("'") && Character.isLetter(name.charAt(1));
	}

	private static String tokenName(IParserErrorContext context, int tokenType) {
		String[] names = context.getTokenNames();
		return tokenType >= 0 && tokenType < names.length ? names[tokenType] : null;
	}

	private static String expected(IParserErrorContext context, int tokenType) {
		if (tokenType == Token.EOF) {
			return "end of file";
		}
		String name = tokenName(context, tokenType);
		if (name == null) {
			return "something else";
		}
		return switch (name) {
		case "RULE_ID" -> "a name";
		case "RULE_STRING" -> "a text in double quotes";
		case "RULE_INT" -> "a number";
		default -> name;
		};
	}
}
