package org.proposalstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proposalstudio.report.Report;
import org.proposalstudio.report.ReportWriter;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The report of the paper's proposals opened from disk in a real browser: Debian's headless Chromium takes a screenshot
 * of the index and of a proposal's page, which must show a page, not a blank window. Skipped where Chromium is not
 * installed (.ci/run installs it); a JUnit assumption would count as an error under Tycho's runner.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class ReportInBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final int WIDTH = 1280;
	private static final int HEIGHT = 1600;

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	static boolean chromiumIsInstalled() {
		return Files.isExecutable(CHROMIUM);
	}

	@Test
	@EnabledIf("chromiumIsInstalled")
	void theIndexAndAProposalsPageShowInABrowser() throws Exception {
		Path site = temp.resolve("report");
		Report report = ReportWriter.write(Projects.paperExamples(injector));
		for (Map.Entry<String, byte[]> file : report.files().entrySet()) {
			Files.createDirectories(site);
			Files.write(site.resolve(file.getKey()), file.getValue());
		}
		for (String page : List.of(Report.INDEX, "ImitativeAmplificationRelaxedAdversarialTraining.html")) {
			BufferedImage screenshot = screenshot(site.resolve(page), temp.resolve(page + ".png"));
			assertEquals(WIDTH, screenshot.getWidth(), page);
			assertEquals(HEIGHT, screenshot.getHeight(), page);
			assertShowsAPage(page, screenshot);
		}
	}

	/** Not blank: many pixels that are not the white page, in many colours (text, the stances' colours, drawings). */
	private static void assertShowsAPage(String page, BufferedImage screenshot) {
		int inked = 0;
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < screenshot.getHeight(); y += 2) {
			for (int x = 0; x < screenshot.getWidth(); x += 2) {
				int rgb = screenshot.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				inked += rgb != 0xffffff ? 1 : 0;
			}
		}
		int sampled = (screenshot.getWidth() / 2) * (screenshot.getHeight() / 2);
		int inkedShare = 100 * inked / sampled;
		assertTrue(inkedShare >= 3, page + ": only " + inkedShare + "% of the screenshot is not white");
		assertTrue(colours.size() >= 50, page + ": only " + colours.size() + " colours in the screenshot");
	}

	static BufferedImage screenshot(Path page, Path png) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory(png.getParent(), "chromium-profile");
		Path log = png.resolveSibling(png.getFileName() + ".log");
		Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, page.toUri().toString())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
			chromium.destroyForcibly().waitFor();
			throw new AssertionError("chromium took more than two minutes for " + page + ":\n" + read(log));
		}
		assertEquals(0, chromium.exitValue(), () -> "chromium failed on " + page + ":\n" + read(log));
		assertTrue(Files.isRegularFile(png), () -> "chromium wrote no screenshot of " + page + ":\n" + read(log));
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image != null, "not a PNG: " + png);
		return image;
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}
}
