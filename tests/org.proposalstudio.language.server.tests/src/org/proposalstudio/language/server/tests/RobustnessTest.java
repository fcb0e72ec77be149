package org.proposalstudio.language.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher;
import org.proposalstudio.language.server.ProposalLanguageServerLauncher.Connection;

/** Whatever a client sends, the server answers with a protocol error or an empty answer, and goes on. */
class RobustnessTest {

	@TempDir
	Path temp;

	@Test
	void malformedJsonAndUnknownMethodsGetErrorsAndTheServerGoesOn() throws Exception {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream toServer = new PipedOutputStream(serverIn);
		PipedInputStream fromServer = new PipedInputStream(1 << 16);
		Connection connection = ProposalLanguageServerLauncher.connect(serverIn, new PipedOutputStream(fromServer));
		try {
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":");
			assertTrue(read(fromServer).contains("\"code\":-32700"), "a parse error");
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"proposal/noSuchThing\",\"params\":{}}");
			String unknown = read(fromServer);
			assertTrue(unknown.contains("\"id\":2") && unknown.contains("\"error\""), unknown);
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
					+ temp.toUri() + "\",\"capabilities\":{}}}");
			String initialized = read(fromServer);
			assertTrue(initialized.contains("\"id\":3") && initialized.contains("\"capabilities\""), initialized);
		} finally {
			connection.close();
			toServer.close();
		}
	}

	@Test
	void requestsAboutDocumentsNeverOpenedOrPositionsPastTheirEndAreErrors() throws Exception {
		try (Server server = Server.on(temp)) {
			String nowhere = temp.resolve("nowhere.proposal").toUri().toString();
			String unknown = Server.errorOf(server.server.getTextDocumentService()
					.hover(new HoverParams(new TextDocumentIdentifier(nowhere), new Position(0, 0))));
			assertTrue(unknown.contains("neither open nor a file of the workspace"), unknown);

			String uri = server.open("p.proposal", "proposal P {\n\thuman H\n}\n");
			String pastTheEnd = Server.errorOf(server.server.getTextDocumentService()
					.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(99, 0))));
			assertTrue(pastTheEnd.contains("past the end of the document"), pastTheEnd);
			// a character past the line's end is its end: an answer, not an error
			Server.get(server.server.getTextDocumentService()
					.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 99))));
		}
	}

	@Test
	void aDocumentOfTenMegabytesLeavesTheServerAnswering() throws Exception {
		try (Server server = Server.on(temp)) {
			StringBuilder huge = new StringBuilder(10 << 20);
			String line = "proposal P { human H model M deploy M } # not a proposal after all: @@@ %%% ;;; \"\n";
			while (huge.length() < 10 << 20) {
				huge.append(line);
			}
			String big = server.open("big.proposal", huge.toString());
			String small = server.open("small.proposal", "proposal S {\n\thuman H\n}\n");
			Hover hover = Server.get(server.server.getTextDocumentService()
					.hover(new HoverParams(new TextDocumentIdentifier(small), new Position(1, 7))));
			assertEquals("human H", hover.getContents().getRight().getValue());
			assertTrue(!server.client.awaitDiagnostics(big, found -> !found.isEmpty()).isEmpty());
		}
	}

	private static void send(PipedOutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** One message: its headers, then as many bytes as they say. */
	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("the server closed the connection");
			}
			header.write(next);
		}
		int length = List.of(header.toString(StandardCharsets.US_ASCII).split("\r\n")).stream()
				.filter(field -> field.startsWith("Content-Length:")).map(field -> Integer.parseInt(field.substring(15).strip()))
				.findFirst().orElseThrow();
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}
}
