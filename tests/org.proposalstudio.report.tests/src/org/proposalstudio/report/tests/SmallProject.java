package org.proposalstudio.report.tests;

/** A small project in text blocks: a base proposal, one that extends it, and one that leaves components out. */
final class SmallProject {

	private SmallProject() {
	}

	static final String BASE = """
			proposal Base "Base & <friends>" section 3 cites 17, 18 {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				oversight check: Amp(M) oversees M intermittently when the target changes
					using transparency-tools
					checking per-step-myopia
				limit hch: HCH of Amp(M)
				deploy M

				outer alignment is promising section 3.1 cites 17 relies on hch
					"Imitation converges to HCH.

					So outer alignment is HCH's.
					A second line of the same paragraph."
				inner alignment is uncertain section 3.2 relies on check
					"The overseer checks <b>myopia</b> & more."
				training competitiveness is concerning section 3.3 "Imitation may be too weak."
				performance competitiveness is uncertain section 3.4 "Is HCH universal enough?"

				figure operator "The operator" reproduces 2 {
					shows M, Amp(M)
					"Amp(M): H consults M."
				}
			}
			""";

	static final String EXTENDED = """
			proposal Extended "Extended" section 4 extends Base {
				oversight rat replaces check: Amp(M) oversees M continuously
					using transparency-tools
					checking per-step-myopia
					mitigating overfitting "held-out checks"
				inner alignment is promising section 4.2 relies on rat "Trained against the check."
			}
			""";

	static final String INCOMPLETE = """
			proposal Incomplete section 10 {
				model M
				signal learning: task trains M
				deploy M
				outer alignment is uncertain "Only outer alignment is argued."
			}
			""";
}
