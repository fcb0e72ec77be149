package org.proposalstudio.report;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.proposalstudio.model.proposal.Proposal;

/**
 * A written report: its files by relative name ({@value #INDEX}, {@value #STYLESHEET}, a page per proposal), in a fixed
 * order, and the figures that could not be drawn.
 *
 * @param files    relative file name to content, {@value #INDEX} first
 * @param problems the figures that could not be drawn; their pages say so in place of the figure
 */
public record Report(Map<String, byte[]> files, List<Problem> problems) {

	public static final String INDEX = "index.html";
	public static final String STYLESHEET = "style.css";

	public Report {
		files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
		problems = List.copyOf(problems);
	}

	/** A file's content as text. */
	public String text(String file) {
		byte[] content = files.get(file);
		if (content == null) {
			throw new IllegalArgumentException("the report has no file " + file + "; it has " + files.keySet());
		}
		return new String(content, StandardCharsets.UTF_8);
	}

	/** The number of proposal pages. */
	public int proposalCount() {
		return (int) files.keySet().stream().filter(file -> file.endsWith(".html") && !file.equals(INDEX)).count();
	}

	/**
	 * A figure that could not be drawn.
	 *
	 * @param proposal the proposal as written whose page shows the figure
	 * @param element  the element as written that the author has to change, or {@code null} when the problem is not in
	 *                 the model
	 * @param message  what is wrong
	 */
	public record Problem(Proposal proposal, EObject element, String message) {
	}
}
