package org.proposalstudio.language.resource;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.Triple;

/**
 * A proposal file loaded: Xtext's lazily linked resource, whose syntax and linking diagnostics say where they end by
 * {@link Positions}, so that one ending at the end of an old Mac file keeps its position.
 */
public class ProposalResource extends LazyLinkingResource {

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode error) {
		diagnostics.add(new XtextSyntaxDiagnostic(error) {
			@Override
			public int getLineEnd() {
				return Positions.endLine(getNode());
			}

			@Override
			public int getColumnEnd() {
				return Positions.endColumn(getNode());
			}
		});
	}

	@Override
	protected Diagnostic createDiagnostic(Triple<EObject, EReference, INode> reference, DiagnosticMessage message) {
		return new XtextLinkingDiagnostic(reference.getThird(), message.getMessage(), message.getIssueCode(), message.getIssueData()) {
			@Override
			public int getLineEnd() {
				return Positions.endLine(getNode());
			}

			@Override
			public int getColumnEnd() {
				return Positions.endColumn(getNode());
			}
		};
	}
}
