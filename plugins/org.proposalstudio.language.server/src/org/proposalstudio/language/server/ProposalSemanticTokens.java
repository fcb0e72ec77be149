package org.proposalstudio.language.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.ide.editor.syntaxcoloring.MergingHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.proposalstudio.language.ide.DeclarationKind;
import org.proposalstudio.language.ide.TextPositions;
import org.proposalstudio.language.ide.highlighting.ProposalHighlightingStyles;

import com.google.inject.Singleton;

/**
 * The semantic highlighting of the ide services as semantic tokens: a token type per kind of declaration
 * ({@code human}, {@code amplified-model}, {@code oversight} ...), as the workbench's editor colours them, with the
 * {@code declaration} modifier where a name is declared; citations of the paper's references are numbers. Clients
 * that know only the standard types map ours onto them (the VS Code extension declares their super types).
 */
@Singleton
public class ProposalSemanticTokens extends SemanticTokensService {

	/** A name whose declaration could not be resolved: only a reference. */
	private static final String UNRESOLVED = SemanticTokenTypes.Variable;

	private final List<String> types = new ArrayList<>();
	private final List<String> modifiers = List.of(SemanticTokenModifiers.Declaration);

	protected ProposalSemanticTokens() {
		Arrays.stream(DeclarationKind.values()).map(ProposalSemanticTokens::typeOf).forEach(types::add);
		types.add(SemanticTokenTypes.Number);
		types.add(UNRESOLVED);
	}

	/** The token type of names of a kind: its style without the prefix, {@code amplified-model}. */
	public static String typeOf(DeclarationKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	protected void addTokenTypes() {
		// the types are ours, set in the constructor
	}

	@Override
	protected void addTokenModifiers() {
		// the modifiers are ours
	}

	@Override
	public List<String> getTokenTypes() {
		return types;
	}

	@Override
	public List<String> getTokenModifiers() {
		return modifiers;
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
			CancelIndicator cancel) {
		if (document == null || resource == null) {
			return new SemanticTokens(List.of());
		}
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider().get(ISemanticHighlightingCalculator.class);
		MergingHighlightedPositionAcceptor acceptor = new MergingHighlightedPositionAcceptor(calculator);
		calculator.provideHighlightingFor(resource, acceptor, cancel);
		acceptor.mergePositions();
		List<LightweightPosition> positions = joined(acceptor.getPositions());
		TextPositions text = new TextPositions(document.getContents());
		List<Integer> data = new ArrayList<>(positions.size() * 5);
		Position previous = new Position(0, 0);
		for (LightweightPosition token : positions) {
			Optional<Integer> type = typeIndex(token.getIds());
			if (type.isEmpty() || token.getLength() == 0) {
				continue;
			}
			Position start = text.positionOf(token.getOffset());
			int lineDelta = start.getLine() - previous.getLine();
			data.add(lineDelta);
			data.add(lineDelta == 0 ? start.getCharacter() - previous.getCharacter() : start.getCharacter());
			data.add(token.getLength());
			data.add(type.get());
			data.add(Arrays.asList(token.getIds()).contains(ProposalHighlightingStyles.DECLARATION) ? 1 : 0);
			previous = start;
		}
		return new SemanticTokens(data);
	}

	/** The positions in order, those that follow each other with the same styles as one: {@code Amp(M)} is one name. */
	private static List<LightweightPosition> joined(List<LightweightPosition> positions) {
		List<LightweightPosition> sorted = new ArrayList<>(positions);
		sorted.sort(Comparator.comparingInt(LightweightPosition::getOffset));
		List<LightweightPosition> joined = new ArrayList<>();
		for (LightweightPosition position : sorted) {
			LightweightPosition last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.getOffset() + last.getLength() == position.getOffset()
					&& Arrays.equals(last.getIds(), position.getIds())) {
				last.setLength(last.getLength() + position.getLength());
			} else {
				joined.add(position);
			}
		}
		return joined;
	}

	/** The kind decides; a citation is a number; a name of no known kind is an unresolved reference. */
	private Optional<Integer> typeIndex(String[] ids) {
		List<String> styles = Arrays.asList(ids);
		for (DeclarationKind kind : DeclarationKind.values()) {
			if (styles.contains(kind.styleId())) {
				return Optional.of(types.indexOf(typeOf(kind)));
			}
		}
		if (styles.contains(ProposalHighlightingStyles.CITATION)) {
			return Optional.of(types.indexOf(SemanticTokenTypes.Number));
		}
		if (styles.contains(ProposalHighlightingStyles.REFERENCE)) {
			return Optional.of(types.indexOf(UNRESOLVED));
		}
		return Optional.empty();
	}
}
