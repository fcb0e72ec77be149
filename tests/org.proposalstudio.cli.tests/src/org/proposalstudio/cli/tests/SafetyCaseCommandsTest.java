package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.assertNoTemporaryFiles;
import static org.proposalstudio.cli.tests.TestFiles.bytes;
import static org.proposalstudio.cli.tests.TestFiles.listing;
import static org.proposalstudio.cli.tests.TestFiles.read;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code export-safety-case} and {@code render --safety-case}: the safety case of each proposal, for tools and for readers. */
class SafetyCaseCommandsTest {

	private static final String S3 = "ImitativeAmplificationIntermittentOversight";
	private static final String S4 = "ImitativeAmplificationRelaxedAdversarialTraining";

	@TempDir
	Path temp;

	private static Path example(String file) {
		return Examples.folder().resolve(file);
	}

	@Test
	void exportsEachProposalInEveryFormat() {
		Path out = temp.resolve("cases");
		Cli.Run run = Cli.run("export-safety-case", arg(example("s03-imitative-amplification-intermittent-oversight.proposal")), "--out",
				arg(out)).assertExit(ExitCode.OK).assertNoStackTrace();
		assertEquals(List.of(S3 + ".gsn.yaml", S3 + ".sacm", S3 + ".tea.json"), listing(out));
		assertEquals("Exported the safety cases of 1 proposal (3 files) to " + out, run.lastLine());
		assertEquals("", run.err());
		assertTrue(read(out.resolve(S3 + ".gsn.yaml")).contains("\nCG_" + S3 + "_after-the-fact-detection_intermittentOversight:\n"));
		assertTrue(read(out.resolve(S3 + ".sacm")).contains("xmlns:argumentation=\"http://omg.sacm/2.3/argumentation\""));
		JsonObject tea = JsonParser.parseString(read(out.resolve(S3 + ".tea.json"))).getAsJsonObject();
		assertEquals("1.0", tea.get("version").getAsString());
		assertNoTemporaryFiles(out);
	}

	@Test
	void aGsn2xModuleOfAnExtendingProposalComesWithTheModuleItUses() {
		Path out = temp.resolve("cases");
		Cli.Run run = Cli.run("export-safety-case", arg(example("s04-imitative-amplification-relaxed-adversarial-training.proposal")),
				"--format", "gsn2x", "--out", arg(out)).assertExit(ExitCode.OK);
		assertEquals(List.of(S3 + ".gsn.yaml", S4 + ".gsn.yaml"), listing(out), run::toString);
		assertTrue(read(out.resolve(S4 + ".gsn.yaml")).contains("  uses: [" + S3 + ".gsn.yaml]\n"));
		assertEquals("Exported the safety cases of 1 proposal (2 files) to " + out, run.lastLine());

		Path teaOnly = temp.resolve("tea");
		Cli.run("export-safety-case", arg(example("s04-imitative-amplification-relaxed-adversarial-training.proposal")), "--format", "tea,sacm",
				"--out", arg(teaOnly)).assertExit(ExitCode.OK);
		assertEquals(List.of(S4 + ".sacm", S4 + ".tea.json"), listing(teaOnly), "TEA and SACM cases stand alone");
	}

	@Test
	void exportingTheSameFilesTwiceGivesTheSameBytes() {
		Path first = temp.resolve("first");
		Path second = temp.resolve("second");
		Cli.run("export-safety-case", arg(Examples.folder()), "--out", arg(first)).assertExit(ExitCode.OK);
		Cli.run("export-safety-case", arg(Examples.folder()), "--out", arg(second)).assertExit(ExitCode.OK);
		List<String> files = listing(first);
		assertEquals(26 * 3, files.size(), files.toString());
		assertEquals(files, listing(second));
		for (String file : files) {
			assertArrayEquals(bytes(first.resolve(file)), bytes(second.resolve(file)), file);
		}
	}

	@Test
	void aFileWithErrorsIsReportedAndNotExported() {
		Path project = temp.resolve("project");
		Path broken = write(project.resolve("broken.proposal"), "proposal Broken {\n\tmodel M\n\tdeploy N\n}\n");
		Path twice = write(project.resolve("twice.proposal"), "proposal Twice {\n\tmodel M\n\tmodel M\n}\n");
		Path good = write(project.resolve("good.proposal"), "proposal Good {\n\tmodel M\n}\n");
		Path out = temp.resolve("cases");
		Cli.Run run = Cli.run("export-safety-case", arg(broken), arg(twice), arg(good), "--out", arg(out)).assertExit(ExitCode.ERRORS)
				.assertNoStackTrace();
		assertEquals(List.of("Good.gsn.yaml", "Good.sacm", "Good.tea.json"), listing(out));
		List<String> errors = run.errLines();
		assertTrue(errors.get(0).startsWith(arg(broken) + ":3:9: error: [linking] "), run::toString);
		assertTrue(errors.stream().anyMatch(line -> line.startsWith(arg(twice) + ":3:8: error: [duplicate-name] ")), run::toString);
		assertTrue(errors.contains("proposal-studio export-safety-case: " + arg(broken) + " has errors; its proposals are not exported"),
				run::toString);
		assertTrue(errors.contains("proposal-studio export-safety-case: " + arg(twice) + " has errors; its proposals are not exported"),
				run::toString);
		assertEquals("Exported the safety cases of 1 proposal (3 files) to " + out, run.lastLine());
	}

	@Test
	void aMissingInnerAlignmentArgumentIsExportedWithItsChallenge() {
		Path out = temp.resolve("cases");
		Cli.run("export-safety-case", arg(example("flawed/missing-inner-alignment.proposal")), "--format", "gsn2x", "--out", arg(out))
				.assertExit(ExitCode.OK);
		String yaml = read(out.resolve("FlawedOuterAlignmentOnly.gsn.yaml"));
		assertTrue(yaml.contains("\nG_FlawedOuterAlignmentOnly_inner-alignment:\n  nodeType: Goal\n  text: \"Inner alignment: the proposal gives no argument."),
				yaml);
		assertTrue(yaml.contains("\n  challenges: G_FlawedOuterAlignmentOnly_inner-alignment\n"), yaml);
	}

	@Test
	void aCheckSwitchedOffInTheProjectRaisesNoChallenge() {
		Path project = temp.resolve("project");
		write(project.resolve("proposals.properties"), "after-the-fact-detection = ignore\n");
		Path s3 = write(project.resolve("s03.proposal"), bytes(example("s03-imitative-amplification-intermittent-oversight.proposal")));
		Path out = temp.resolve("cases");
		Cli.run("export-safety-case", arg(s3), "--format", "gsn2x", "--out", arg(out)).assertExit(ExitCode.OK);
		assertFalse(read(out.resolve(S3 + ".gsn.yaml")).contains("CounterGoal"));
	}

	@Test
	void badUsageIsNamed() {
		String hint = "Try 'proposal-studio export-safety-case --help'.";
		Cli.run("export-safety-case", "x.proposal").assertUsageError(hint, "--out DIR is required");
		Cli.run("export-safety-case", "x.proposal", "--out", arg(temp), "--format", "gsn").assertUsageError(hint,
				"--format takes gsn2x, tea, sacm or several of them separated by commas, not 'gsn'");
		Cli.run("export-safety-case", "--out", arg(temp)).assertUsageError(hint, "name at least one .proposal file or directory");
		Cli.run("render", "x.proposal", "--out", arg(temp), "--safety-case", "--figure", "f").assertUsageError(
				"Try 'proposal-studio render --help'.", "--figure and --safety-case exclude each other");
	}

	@Test
	void renderDrawsTheSafetyCaseOfEachProposal() {
		Path out = temp.resolve("drawn");
		Cli.Run run = Cli.run("render", "--safety-case", arg(example("s03-imitative-amplification-intermittent-oversight.proposal")),
				arg(example("s04-imitative-amplification-relaxed-adversarial-training.proposal")), "--format", "svg,png", "--out", arg(out))
				.assertExit(ExitCode.OK).assertNoStackTrace();
		assertEquals(List.of(S3 + "-safety-case.png", S3 + "-safety-case.svg", S4 + "-safety-case.png", S4 + "-safety-case.svg"), listing(out));
		assertEquals("Wrote 4 files for 2 figures to " + out, run.lastLine());
		String svg = read(out.resolve(S3 + "-safety-case.svg"));
		assertTrue(svg.contains("<title>Safety case: Imitative amplification + intermittent oversight</title>"), svg.substring(0, 400));
		assertTrue(svg.contains("data-kind=\"counter-goal\""));
		assertNoTemporaryFiles(out);
	}

	@Test
	void renderReportsAFileWithErrorsAndDrawsTheOthers() {
		Path broken = write(temp.resolve("p/broken.proposal"), "proposal Broken {\n\tmodel M\n\tdeploy N\n}\n");
		Path good = write(temp.resolve("p/good.proposal"), "proposal Good {\n\tmodel M\n}\n");
		Path out = temp.resolve("drawn");
		Cli.Run run = Cli.run("render", "--safety-case", arg(broken), arg(good), "--out", arg(out)).assertExit(ExitCode.ERRORS);
		assertEquals(List.of("Good-safety-case.svg"), listing(out));
		assertTrue(run.errLines().stream().anyMatch(line -> line.startsWith(arg(broken) + ":3:9: error: [linking] ")), run::toString);
	}
}
