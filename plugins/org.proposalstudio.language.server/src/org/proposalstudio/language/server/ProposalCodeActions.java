package org.proposalstudio.language.server;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The quick fixes of the ide services as code actions. A diagnostic comes back from the client with its data as
 * JSON; the quick fixes read the data the checks attached as strings, as they do in the workbench.
 */
public class ProposalCodeActions extends QuickFixCodeActionService {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getCodeActionParams().getContext() == null || options.getCodeActionParams().getContext().getDiagnostics() == null) {
			return List.of();
		}
		options.getCodeActionParams().getContext().getDiagnostics().forEach(ProposalCodeActions::readData);
		return super.getCodeActions(options);
	}

	private static void readData(Diagnostic diagnostic) {
		if (diagnostic.getData() instanceof JsonArray array) {
			String[] data = new String[array.size()];
			for (int i = 0; i < data.length; i++) {
				JsonElement element = array.get(i);
				data[i] = element.isJsonPrimitive() ? element.getAsString() : element.toString();
			}
			diagnostic.setData(data);
		}
	}
}
