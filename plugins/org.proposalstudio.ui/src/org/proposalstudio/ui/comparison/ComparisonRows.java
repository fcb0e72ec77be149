package org.proposalstudio.ui.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.proposalstudio.checks.Components;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.proposal.Component;
import org.proposalstudio.model.proposal.ComponentArgument;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.Stance;
import org.proposalstudio.ui.ProposalUiPlugin;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.model.ProjectModel;

/**
 * The rows of the comparison matrix: each proposal of the workspace with the stance of its argument for each of the
 * four components, inherited arguments included as {@link EffectiveProposal} resolves them, and the diagnostics the
 * builder put on its text, counted under the component their check concerns ({@link Components#concernedBy}).
 */
public final class ComparisonRows {

	/** Where a cell leads: a stretch of a file's text. */
	public record Target(IFile file, int offset, int length) {
	}

	/**
	 * One component of one proposal.
	 *
	 * @param stance        as the argument states it, or {@code null} when the proposal has no argument for it
	 * @param inheritedFrom the proposal whose argument it is, when not the row's own; else {@code null}
	 * @param findings      the messages of the diagnostics about the component
	 * @param worst         the highest {@link IMarker#SEVERITY} among them, -1 when there are none
	 * @param target        the argument's text, or the proposal's name when there is no argument
	 */
	public record Cell(Stance stance, String inheritedFrom, List<String> findings, int worst, Target target) {
	}

	/**
	 * One proposal.
	 *
	 * @param target its name in its file
	 */
	public record Row(IProject project, String proposal, IFile file, Map<Component, Cell> cells, int errors, int warnings,
			Target target) {

		public Cell cell(Component component) {
			return cells.get(component);
		}
	}

	private ComparisonRows() {
	}

	/** The rows of every open project's proposals, by project, then by file and order of declaration. */
	public static List<Row> of(IWorkspaceRoot root) {
		List<Row> rows = new ArrayList<>();
		for (IProject project : root.getProjects()) {
			if (project.isOpen()) {
				rows.addAll(of(ProposalUiPlugin.get().projectModels().of(project)));
			}
		}
		return rows;
	}

	/** The rows of one project. */
	public static List<Row> of(ProjectModel model) {
		List<Written> written = model.read(resources -> {
			List<Written> proposals = new ArrayList<>();
			List<Resource> sorted = new ArrayList<>(resources.getResources());
			sorted.sort(Comparator.comparing(resource -> resource.getURI().toString()));
			for (Resource resource : sorted) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ProposalModel file) {
					file.getProposals().stream().filter(proposal -> proposal.getName() != null)
							.forEach(proposal -> proposals.add(written(model.project(), proposal)));
				}
			}
			return proposals;
		});
		return written.stream().map(ComparisonRows::withFindings).toList();
	}

	/** A proposal as read from the model: its text and its arguments, before the markers are counted. */
	private record Written(IProject project, String name, IFile file, int start, int end, Target target,
			Map<Component, Cell> arguments) {
	}

	private static Written written(IProject project, Proposal proposal) {
		EffectiveProposal effective = EffectiveProposal.of(proposal);
		Target name = target(proposal, false);
		Map<Component, Cell> arguments = new EnumMap<>(Component.class);
		for (Component component : Component.values()) {
			Optional<ComponentArgument> argument = effective.proposal().getArguments().stream()
					.filter(candidate -> candidate.getComponent() == component).findFirst();
			arguments.put(component, argument.map(found -> new Cell(found.getStance(),
					effective.isInherited(found) ? effective.declaringProposal(found).getName() : null, List.of(), -1,
					target(effective.origin(found), true))).orElse(new Cell(null, null, List.of(), -1, name)));
		}
		ICompositeNode node = NodeModelUtils.getNode(proposal);
		return new Written(project, proposal.getName(), name.file(), node == null ? 0 : node.getOffset(),
				node == null ? 0 : node.getEndOffset(), name, arguments);
	}

	/** The whole text of an element, or only its name. */
	private static Target target(EObject element, boolean whole) {
		ILocationInFileProvider locations = ProposalUiPlugin.get().injector().getInstance(ILocationInFileProvider.class);
		ITextRegion region = whole ? locations.getFullTextRegion(element) : locations.getSignificantTextRegion(element);
		return new Target(ProjectModel.fileOf(element.eResource().getURI()), region.getOffset(), region.getLength());
	}

	/** Adds the markers on the proposal's text: each counts in the totals, and under its component when it has one. */
	private static Row withFindings(Written proposal) {
		Map<Component, List<String>> findings = new EnumMap<>(Component.class);
		Map<Component, Integer> worst = new EnumMap<>(Component.class);
		int errors = 0;
		int warnings = 0;
		for (IMarker marker : markersOn(proposal)) {
			int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
			errors += severity == IMarker.SEVERITY_ERROR ? 1 : 0;
			warnings += severity == IMarker.SEVERITY_WARNING ? 1 : 0;
			Optional<Component> component = PaperCheck.byId(marker.getAttribute(ProposalMarkers.CHECK, ""))
					.flatMap(check -> Components.concernedBy(check, Arrays.asList(marker.getAttribute(ProposalMarkers.DATA, "").split("\n"))));
			component.ifPresent(concerned -> {
				findings.computeIfAbsent(concerned, key -> new ArrayList<>()).add(marker.getAttribute(IMarker.MESSAGE, ""));
				worst.merge(concerned, severity, Math::max);
			});
		}
		Map<Component, Cell> cells = new EnumMap<>(Component.class);
		proposal.arguments.forEach((component, cell) -> cells.put(component, new Cell(cell.stance(), cell.inheritedFrom(),
				List.copyOf(findings.getOrDefault(component, List.of())), worst.getOrDefault(component, -1), cell.target())));
		return new Row(proposal.project, proposal.name, proposal.file, cells, errors, warnings, proposal.target);
	}

	private static List<IMarker> markersOn(Written proposal) {
		try {
			if (!proposal.file.exists()) {
				return List.of();
			}
			return Arrays.stream(proposal.file.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO)).filter(marker -> {
				Position position = ProposalMarkers.positionOf(marker);
				return position != null && position.getOffset() >= proposal.start && position.getOffset() < proposal.end;
			}).toList();
		} catch (CoreException e) {
			ProposalUiPlugin.log("Could not read the markers of " + proposal.file.getFullPath(), e);
			return List.of();
		}
	}
}
