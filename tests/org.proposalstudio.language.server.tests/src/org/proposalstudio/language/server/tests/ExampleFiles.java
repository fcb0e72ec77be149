package org.proposalstudio.language.server.tests;

/** The examples the tests open, by their path in the workspace folder. */
final class ExampleFiles {

	/** §3, imitative amplification + intermittent oversight: §4, §11 and §12 build on it. */
	static final String S03 = "s03-imitative-amplification-intermittent-oversight.proposal";
	/** §4, which extends §3 and replaces its oversight. */
	static final String S04 = "s04-imitative-amplification-relaxed-adversarial-training.proposal";

	private ExampleFiles() {
	}
}
