package org.proposalstudio.language.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.validation.Issue;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.language.validation.ProposalIssueCodes;
import org.proposalstudio.model.effective.Inheritance;
import org.proposalstudio.model.proposal.Proposal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * A diagnostic as the command line reports it: the check id as its code ({@code missing-inner-alignment},
 * {@code syntax}), and for the paper's checks a link to the check's documentation; a finding inherited from another
 * proposal points to that proposal. The message already names the paper's sections.
 */
@Singleton
public class ProposalDiagnostics {

	/** Where the checks are documented, unless the client says otherwise in its initialization options. */
	static final String DOCUMENTATION_OPTION = "checksDocumentation";

	private static final String SOURCE = "proposal-studio";
	private static final Pattern INHERITED = Pattern.compile("^Inherited from '([^']+)'");

	@Inject
	private Locations locations;

	private volatile String documentation;

	/** Called once, when the client's initialization options are known. */
	void initialize(InitializeParams params) {
		documentation = documentationFrom(params).orElseGet(ProposalDiagnostics::documentationBesideDistribution);
	}

	Diagnostic toDiagnostic(Diagnostic diagnostic, Issue issue, WorkspaceManager workspace) {
		String checkId = ProposalIssueCodes.checkIdOf(issue.getCode());
		diagnostic.setCode(checkId);
		diagnostic.setSource(SOURCE);
		if (documentation != null && PaperCheck.byId(checkId).isPresent()) {
			diagnostic.setCodeDescription(new DiagnosticCodeDescription(documentation + "#" + checkId));
		}
		Matcher inherited = INHERITED.matcher(issue.getMessage() == null ? "" : issue.getMessage());
		if (inherited.find() && issue.getUriToProblem() != null) {
			ancestorDeclaration(workspace, issue, inherited.group(1)).ifPresent(location -> diagnostic.setRelatedInformation(
					List.of(new DiagnosticRelatedInformation(location, "'" + inherited.group(1) + "' declares what this finding is about"))));
		}
		return diagnostic;
	}

	/** The proposal named {@code ancestor} that the proposal the issue is on extends, where it is declared. */
	private Optional<Location> ancestorDeclaration(WorkspaceManager workspace, Issue issue, String ancestor) {
		ProjectManager project = workspace.getProjectManager(issue.getUriToProblem().trimFragment());
		ResourceSet resources = project == null ? null : project.getResourceSet();
		EObject problem = resources == null ? null : resources.getEObject(issue.getUriToProblem(), false);
		if (!(problem instanceof Proposal proposal)) {
			return Optional.empty();
		}
		return Inheritance.lineage(proposal).stream().filter(candidate -> ancestor.equals(candidate.getName())).findFirst()
				.flatMap(locations::nameOf);
	}

	private static Optional<String> documentationFrom(InitializeParams params) {
		if (params != null && params.getInitializationOptions() instanceof JsonObject options) {
			JsonElement value = options.get(DOCUMENTATION_OPTION);
			if (value != null && value.isJsonPrimitive()) {
				return Optional.of(value.getAsString());
			}
		}
		return Optional.empty();
	}

	/**
	 * The repository's docs/checks.md, when the server runs from the repository's build of the command line
	 * (releng/cli-distribution/target/repository/plugins); else no link.
	 */
	private static String documentationBesideDistribution() {
		try {
			Path jar = Path.of(ProposalDiagnostics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			for (Path folder = jar.getParent(); folder != null; folder = folder.getParent()) {
				Path checks = folder.resolve("docs/checks.md");
				if (Files.isRegularFile(checks)) {
					return checks.toUri().toString();
				}
			}
		} catch (Exception noLocation) {
			// a class loader that does not say where a class comes from: no link
		}
		return null;
	}
}
