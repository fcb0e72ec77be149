package org.proposalstudio.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.proposalstudio.diagram.scene.DrawingBudget;

/**
 * Writes the report of proposal files as a static site that opens from disk: {@value Report#INDEX} with the comparison
 * matrix, one page per proposal, and {@value Report#STYLESHEET}. Links are relative, nothing runs a script, and the
 * same files always give the same bytes. The caller writes the files where it wants them.
 */
public final class ReportWriter {

	private ReportWriter() {
	}

	public static Report write(List<SourceFile> files) {
		Contents contents = Contents.of(files);
		Map<String, byte[]> site = new LinkedHashMap<>();
		List<Report.Problem> problems = new ArrayList<>();
		DrawingBudget budget = new DrawingBudget();
		site.put(Report.INDEX, bytes(IndexPage.write(contents)));
		site.put(Report.STYLESHEET, bytes(Stylesheet.css()));
		for (ReportedProposal proposal : contents.proposals()) {
			site.put(proposal.page(), bytes(ProposalPage.write(contents, proposal, problems, budget)));
		}
		return new Report(site, problems);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
