package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.assertNoTemporaryFiles;
import static org.proposalstudio.cli.tests.TestFiles.bytes;
import static org.proposalstudio.cli.tests.TestFiles.listing;
import static org.proposalstudio.cli.tests.TestFiles.read;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.testing.Examples;

/** {@code render}: a file per figure and format, written whole, problems reported where they are written. */
class RenderCommandTest {

	private static final String DRAWABLE_AND_NOT = """
			proposal Trees {
				human H
				model M
				amplified Amp(M) = H consulting M
				signal imitationLoss: imitation trains M from Amp(M)
				limit optimum: rl-optimum
				figure overview "The flow" { shows M, Amp(M) }
				figure tree "A tree" {
					unroll limit depth 2 breadth 2
				}
			}
			""";

	@TempDir
	Path temp;

	@Test
	void everyFigureOfTheExamplesIsDrawnInEachFormat() throws Exception {
		Path out = temp.resolve("figures");
		Cli.Run run = Cli.run("render", arg(Examples.folder().resolve("s03-imitative-amplification-intermittent-oversight.proposal")),
				"--out", arg(out), "--format", "svg,png").assertExit(ExitCode.OK).assertNoStackTrace();
		List<String> figures = List.of("amplificationOperator", "hchTree", "imitativeAmplification", "intermittentOversightFigure");
		assertEquals(figures.stream().flatMap(figure -> List.of("ImitativeAmplificationIntermittentOversight-" + figure + ".png",
				"ImitativeAmplificationIntermittentOversight-" + figure + ".svg").stream()).sorted().toList(), listing(out));
		assertEquals("Wrote 8 files for 4 figures to " + out, run.lastLine());
		// drawn side by side, reported one after the other in the order the proposal declares them
		assertEquals(List.of("[1/4] ImitativeAmplificationIntermittentOversight-amplificationOperator",
				"[2/4] ImitativeAmplificationIntermittentOversight-imitativeAmplification",
				"[3/4] ImitativeAmplificationIntermittentOversight-intermittentOversightFigure",
				"[4/4] ImitativeAmplificationIntermittentOversight-hchTree"), run.errLines());
		assertTrue(read(out.resolve("ImitativeAmplificationIntermittentOversight-hchTree.svg")).startsWith("<?xml"));
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(out.resolve("ImitativeAmplificationIntermittentOversight-hchTree.png"))));
		assertTrue(png.getWidth() > 100 && png.getHeight() > 100, png.getWidth() + "x" + png.getHeight());
		assertNoTemporaryFiles(out);
	}

	@Test
	void anExtendingProposalHasItsInheritedFiguresToo() {
		Path out = temp.resolve("figures");
		Cli.run("render", arg(Examples.folder().resolve("s04-imitative-amplification-relaxed-adversarial-training.proposal")), "--out",
				arg(out)).assertExit(ExitCode.OK);
		assertTrue(listing(out).contains("ImitativeAmplificationRelaxedAdversarialTraining-hchTree.svg"), listing(out).toString());
	}

	@Test
	void figureSelectsByNameAndThemeAndScaleChangeTheOutput() throws Exception {
		Path example = Examples.folder().resolve("s08-narrow-reward-modeling.proposal");
		Path light = temp.resolve("light");
		Path paper = temp.resolve("paper");
		Cli.run("render", arg(example), "--out", arg(light), "--figure", "rewardLearning", "--format", "png", "--scale", "1")
				.assertExit(ExitCode.OK);
		Cli.run("render", arg(example), "--out", arg(paper), "--figure", "rewardLearning", "--format", "png", "--scale", "2",
				"--theme", "paper").assertExit(ExitCode.OK);
		assertEquals(List.of("NarrowRewardModeling-rewardLearning.png"), listing(light));
		BufferedImage small = ImageIO.read(light.resolve("NarrowRewardModeling-rewardLearning.png").toFile());
		BufferedImage large = ImageIO.read(paper.resolve("NarrowRewardModeling-rewardLearning.png").toFile());
		assertEquals(2 * small.getWidth(), large.getWidth(), 1);
		assertEquals(0xffffffff, small.getRGB(1, 1), "the light page");
		assertTrue((large.getRGB(1, 1) & 0xffffff) < 0x303030, "the paper's dark page");
	}

	@Test
	void aFigureThatCannotBeDrawnIsReportedWhereItIsWrittenAndTheOthersAreDrawn() {
		Path file = write(temp.resolve("trees.proposal"), DRAWABLE_AND_NOT);
		Path out = temp.resolve("figures");
		Cli.Run run = Cli.run("render", arg(file), "--out", arg(out)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertTrue(run.err().contains(file + ":9:3: error: [diagram] Figure 'tree' of 'Trees': it unrolls the limit, but 'rl-optimum' is not a tree"),
				run.toString());
		assertEquals(List.of("Trees-overview.svg"), listing(out));
	}

	@Test
	void anExistingFileIsReplacedOnlyByACompleteOne() {
		Path out = temp.resolve("figures");
		Path example = Examples.folder().resolve("s06-microscope-ai.proposal");
		Path svg = write(out.resolve("MicroscopeAI-microscope.svg"), "old");
		Cli.run("render", arg(example), "--out", arg(out)).assertExit(ExitCode.OK);
		byte[] first = bytes(svg);
		Cli.run("render", arg(example), "--out", arg(out)).assertExit(ExitCode.OK);
		assertArrayEquals(first, bytes(svg), "the same model draws the same bytes");
		assertTrue(new String(first).contains("<svg"));
		assertNoTemporaryFiles(out);
	}

	@Test
	void aFigureThatCannotBeWrittenEndsTheRunWithItsName() throws Exception {
		Path out = temp.resolve("figures");
		Files.createDirectories(out.resolve("MicroscopeAI-microscope.svg"));
		Cli.run("render", arg(Examples.folder().resolve("s06-microscope-ai.proposal")), "--out", arg(out))
				.assertInputProblems(out.resolve("MicroscopeAI-microscope.svg") + ": cannot write: it is a directory");
	}

	@Test
	void usageErrorsNameTheProblem() {
		Path example = Examples.folder().resolve("s06-microscope-ai.proposal");
		String hint = "Try 'proposal-studio render --help'.";
		Cli.run("render", arg(example)).assertUsageError(hint, "--out DIR is required");
		Cli.run("render", arg(example), "--out", arg(temp), "--format", "gif").assertUsageError(hint, "--format", "gif");
		Cli.run("render", arg(example), "--out", arg(temp), "--theme", "dark").assertUsageError(hint, "--theme", "dark");
		Cli.run("render", arg(example), "--out", arg(temp), "--scale", "zero").assertUsageError(hint, "--scale", "zero");
		Cli.run("render", "--out", arg(temp)).assertUsageError(hint, "name at least one");
		Cli.run("render", arg(example), "--out", arg(temp), "--figure", "microscop").assertUsageError(hint,
				"no proposal in these files has a figure named 'microscop'; their figures are microscope");
	}
}
