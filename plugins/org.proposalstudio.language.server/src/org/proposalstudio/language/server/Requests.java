package org.proposalstudio.language.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;

/**
 * What is wrong with a request, as the protocol's error for it; positions a client sends, checked against the
 * document they are about before any service sees them.
 */
public final class Requests {

	private Requests() {
	}

	/** The error a request with bad parameters gets back; the server goes on. */
	public static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}

	/**
	 * The position, or the end of its line when it lies past it; a position before the document or past its last line
	 * is an error the client gets back.
	 */
	public static Position clamp(Document document, Position position) {
		int lines = document.getLineCount();
		if (position.getLine() < 0 || position.getCharacter() < 0) {
			throw invalid("position " + describe(position) + " is not in the document");
		}
		if (position.getLine() >= lines) {
			throw invalid("position " + describe(position) + " is past the end of the document, which has "
					+ lines + (lines == 1 ? " line" : " lines"));
		}
		String text = document.getContents();
		int start = document.getOffSet(new Position(position.getLine(), 0));
		int end = text.indexOf('\n', start);
		int length = (end < 0 ? text.length() : end) - start;
		return position.getCharacter() <= length ? position : new Position(position.getLine(), length);
	}

	/** 1-based, as editors show it. */
	static String describe(Position position) {
		return (position.getLine() + 1) + ":" + (position.getCharacter() + 1);
	}
}
