package org.proposalstudio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.Proposal;

/**
 * What a report shows, in the order it shows it: the proposals by the paper's section (then by name), each with its
 * page and the diagnostics within its text; the diagnostics that are in no reported proposal; the files left out.
 */
public final class Contents {

	/** Sections in their numeric order: 2 before 10, 3.2 before 3.10; proposals without a section last. */
	static final Comparator<String> SECTION_ORDER = Contents::compareSections;

	private final List<ReportedProposal> proposals = new ArrayList<>();
	private final Map<Proposal, ReportedProposal> byDeclared = new IdentityHashMap<>();
	private final List<Diagnostic> otherDiagnostics = new ArrayList<>();
	private final List<String> skippedFiles = new ArrayList<>();

	private Contents(List<SourceFile> files) {
		record Found(SourceFile file, Proposal proposal) {
		}
		List<Found> found = new ArrayList<>();
		for (SourceFile file : files) {
			file.proposals().forEach(proposal -> found.add(new Found(file, proposal)));
			if (file.skipped()) {
				skippedFiles.add(file.name());
			}
		}
		found.sort(Comparator.comparing((Found f) -> f.proposal().getSection(), Comparator.nullsLast(SECTION_ORDER))
				.thenComparing(f -> String.valueOf(f.proposal().getName())).thenComparing(f -> f.file().name()));
		Map<Proposal, List<Diagnostic>> within = new IdentityHashMap<>();
		files.forEach(file -> sortByProposal(file, within, otherDiagnostics));
		Names pages = new Names("index", "style");
		Inheritances inheritances = new Inheritances();
		for (Found each : found) {
			ReportedProposal reported = new ReportedProposal(each.proposal(), EffectiveProposal.of(inheritances.of(each.proposal())),
					each.file().name(), pages.unique(each.proposal().getName()) + ".html",
					within.getOrDefault(each.proposal(), List.of()));
			proposals.add(reported);
			byDeclared.put(each.proposal(), reported);
		}
		otherDiagnostics.sort(Diagnostic.ORDER);
		skippedFiles.sort(Comparator.naturalOrder());
	}

	public static Contents of(List<SourceFile> files) {
		return new Contents(files);
	}

	/** The proposals, in the order of the paper's sections. */
	public List<ReportedProposal> proposals() {
		return proposals;
	}

	/** A proposal as written, when the report has a page for it. */
	public Optional<ReportedProposal> find(Proposal declared) {
		return Optional.ofNullable(byDeclared.get(declared));
	}

	/** Diagnostics in no reported proposal: in a file left out, between proposals, or in another kind of file. */
	public List<Diagnostic> otherDiagnostics() {
		return otherDiagnostics;
	}

	/** The files whose proposals are left out because of syntax or linking errors. */
	public List<String> skippedFiles() {
		return skippedFiles;
	}

	/** Where a proposal's text starts and ends. */
	private record Span(Proposal proposal, LineAndColumn start, LineAndColumn end) {
	}

	/**
	 * Puts each diagnostic of the file with the proposal whose text holds it, or with the others. The proposals' spans
	 * are found once and searched by halves: testing every diagnostic against every proposal made a file of many
	 * proposals quadratic. Without a text (a model built in memory), a file's only proposal holds all its diagnostics.
	 */
	private static void sortByProposal(SourceFile file, Map<Proposal, List<Diagnostic>> within, List<Diagnostic> others) {
		List<Span> spans = new ArrayList<>();
		for (Proposal proposal : file.proposals()) {
			INode node = NodeModelUtils.findActualNodeFor(proposal);
			if (node != null) {
				spans.add(new Span(proposal, NodeModelUtils.getLineAndColumn(node, node.getOffset()),
						NodeModelUtils.getLineAndColumn(node, Math.max(node.getOffset(), node.getEndOffset() - 1))));
			}
		}
		boolean inMemory = spans.isEmpty() && file.proposals().size() == 1;
		for (Diagnostic diagnostic : file.diagnostics()) {
			Proposal holder = !diagnostic.file().equals(file.name()) ? null
					: inMemory ? file.proposals().get(0) : holderOf(spans, diagnostic.line(), diagnostic.column());
			if (holder == null) {
				others.add(diagnostic);
			} else {
				within.computeIfAbsent(holder, proposal -> new ArrayList<>()).add(diagnostic);
			}
		}
	}

	/** The proposal of the spans, which follow one another in the file, whose text holds the position; or none. */
	private static Proposal holderOf(List<Span> spans, int line, int column) {
		int low = 0;
		int high = spans.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Span span = spans.get(middle);
			if (compare(line, column, span.start()) < 0) {
				high = middle - 1;
			} else if (compare(line, column, span.end()) > 0) {
				low = middle + 1;
			} else {
				return span.proposal();
			}
		}
		return null;
	}

	private static int compare(int line, int column, LineAndColumn position) {
		return line != position.getLine() ? Integer.compare(line, position.getLine()) : Integer.compare(column, position.getColumn());
	}

	private static int compareSections(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int order = compareParts(a[i], b[i]);
			if (order != 0) {
				return order;
			}
		}
		return a.length != b.length ? Integer.compare(a.length, b.length) : left.compareTo(right);
	}

	private static int compareParts(String left, String right) {
		boolean leftNumber = left.matches("\\d{1,9}");
		boolean rightNumber = right.matches("\\d{1,9}");
		if (leftNumber && rightNumber) {
			return Integer.compare(Integer.parseInt(left), Integer.parseInt(right));
		}
		return leftNumber != rightNumber ? (leftNumber ? -1 : 1) : left.compareTo(right);
	}
}
