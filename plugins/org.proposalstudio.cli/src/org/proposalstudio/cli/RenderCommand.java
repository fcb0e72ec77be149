package org.proposalstudio.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.diagram.layout.DiagramLayout;
import org.proposalstudio.diagram.render.DiagramDrawing;
import org.proposalstudio.diagram.render.Drawing;
import org.proposalstudio.diagram.render.DrawingWarmUp;
import org.proposalstudio.diagram.render.PngWriter;
import org.proposalstudio.diagram.render.SvgWriter;
import org.proposalstudio.diagram.render.Theme;
import org.proposalstudio.diagram.scene.DiagramException;
import org.proposalstudio.diagram.scene.DrawingBudget;
import org.proposalstudio.diagram.scene.Scene;
import org.proposalstudio.diagram.scene.SceneBuilder;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.Figure;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.safetycase.diagram.ArgumentScenes;

/** {@code render}: draws the figures of proposals as SVG and PNG files. */
final class RenderCommand extends Command {

	private static final List<String> FORMATS = List.of("svg", "png");

	RenderCommand(ProposalFiles files) {
		super(files, "render", "draw the figures of proposals as SVG and PNG", "FILES|DIRS... --out DIR", """
				Draws every figure of every proposal in the files, the figures a proposal inherits
				included, in the paper's visual language: one file per figure and format, named
				PROPOSAL-FIGURE.svg or .png. An existing file is replaced only once the new one is
				complete. A file with syntax or linking errors, or a figure that cannot be drawn, is
				reported and the other figures are still drawn; the exit status is then 1. With
				--safety-case, draws each proposal's safety case in the Goal Structuring Notation
				instead (PROPOSAL-safety-case.svg, see docs/safety-case.md), for files without errors.""",
				Option.withValue("out", "DIR", "the folder to write to (required)"),
				Option.withValue("format", "FORMATS", "svg, png or svg,png (default: svg)"),
				Option.withValue("theme", "THEME", "light (default) or paper: the paper's dark page with white information arrows"),
				Option.withValue("figure", "NAME", "draw only the figures with this name"),
				Option.withValue("scale", "FACTOR", "pixels per diagram unit in PNGs (default: 2)"),
				Option.flag("safety-case", "draw each proposal's safety case (GSN) instead of its figures"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		if (line.operands().isEmpty()) {
			throw new UsageException("name at least one .proposal file or directory");
		}
		Path out = Path.of(line.value("out").orElseThrow(() -> new UsageException("--out DIR is required: where to write the figures")));
		Set<String> formats = formats(line.value("format").orElse("svg"));
		Theme theme = Theme.byName(line.choice("theme", "light", List.of("light", "paper")));
		double scale = scale(line.value("scale").orElse("2"));
		Optional<String> only = line.value("figure");
		boolean safetyCases = line.has("safety-case");
		if (safetyCases && only.isPresent()) {
			throw new UsageException("--figure and --safety-case exclude each other: a safety case is not one of the figures");
		}
		DrawingWarmUp.startInBackground(theme, formats.contains("png"));
		ProposalFiles.Loaded loaded = load(line.operands(), console);
		List<Finding> problems = new ArrayList<>();
		List<Drawable> figures = new ArrayList<>();
		Set<String> names = new TreeSet<>();
		Inheritances inheritances = new Inheritances();
		boolean internalErrors = false;
		DrawingBudget budget = new DrawingBudget();
		if (safetyCases) {
			internalErrors = addSafetyCases(loaded, figures, problems, budget);
		}
		files: for (XtextResource resource : safetyCases ? List.<XtextResource>of() : loaded.requested()) {
			String file = ProposalFiles.displayName(resource);
			try {
				EcoreUtil.resolveAll(resource);
				if (!resource.getErrors().isEmpty()) {
					resource.getErrors().forEach(error -> problems.add(Finding.of(file, error)));
					continue;
				}
				for (Proposal proposal : ProposalFiles.proposalsOf(resource)) {
					EffectiveProposal effective = EffectiveProposal.of(inheritances.of(proposal));
					for (Figure figure : effective.proposal().getFigures()) {
						names.add(figure.getName());
						if (!only.map(figure.getName()::equals).orElse(true)) {
							continue;
						}
						try {
							Scene scene = SceneBuilder.sceneOf(effective, figure);
							if (!budget.admits(scene)) {
								problems.add(Finding.at(effective.origin(figure), "error", "diagram", "Figure '" + figure.getName() + "' of '"
										+ proposal.getName() + "' and those after it are not drawn: " + DrawingBudget.exceeded()
										+ "; name fewer files, or one figure (--figure NAME)"));
								break files;
							}
							figures.add(new Drawable(scene, proposal));
						} catch (DiagramException e) {
							problems.add(Finding.at(e.element() != null ? e.element() : proposal, "error", "diagram", e.getMessage()));
						}
					}
				}
			} catch (RuntimeException | StackOverflowError | LinkageError bug) {
				problems.add(new Finding(file, 1, 1, "error", "internal", internalError(bug)));
				internalErrors = true;
			}
		}
		if (only.isPresent() && !names.contains(only.get()) && problems.isEmpty()) {
			// a misspelt name would otherwise write nothing and succeed
			throw new UsageException("no proposal in these files has a figure named '" + only.get() + "'"
					+ (names.isEmpty() ? "; they declare no figure" : "; their figures are " + String.join(", ", names)));
		}
		int written = 0;
		List<Drawn> drawn = drawAll(figures, formats, theme, scale, out);
		for (int i = 0; i < figures.size(); i++) {
			if (figures.size() > 1) {
				console.err().println("[" + (i + 1) + "/" + figures.size() + "] " + figures.get(i).scene().fileName());
			}
			Drawn result = drawn.get(i);
			written += result.written();
			if (result.failure() != null) {
				problems.add(Finding.at(figures.get(i).proposal(), "error", result.internal() ? "internal" : "diagram", result.failure()));
				internalErrors |= result.internal();
			}
		}
		problems.sort(Finding.ORDER);
		problems.forEach(console.err()::println);
		console.out().println("Wrote " + written + " file" + (written == 1 ? "" : "s") + " for " + figures.size() + " figure"
				+ (figures.size() == 1 ? "" : "s") + " to " + ProposalFiles.displayName(out));
		return loaded.exitCode(internalErrors ? ExitCode.INTERNAL_ERROR : problems.isEmpty() ? ExitCode.OK : ExitCode.ERRORS);
	}

	/**
	 * The safety case of each proposal in the files, as a figure to draw; files with errors go to {@code problems}.
	 *
	 * @return whether a file met a bug
	 */
	private static boolean addSafetyCases(ProposalFiles.Loaded loaded, List<Drawable> figures, List<Finding> problems, DrawingBudget budget) {
		SafetyCaseInputs.Result inputs = SafetyCaseInputs.of(loaded, false);
		problems.addAll(inputs.problems());
		for (SafetyCaseInputs.Case each : inputs.cases()) {
			Scene scene = ArgumentScenes.sceneOf(each.safetyCase());
			if (!budget.admits(scene)) {
				problems.add(Finding.at(each.declared(), "error", "diagram", "The safety case of '" + each.declared().getName()
						+ "' and those after it are not drawn: " + DrawingBudget.exceeded() + "; name fewer files"));
				break;
			}
			figures.add(new Drawable(scene, each.declared()));
		}
		return inputs.internalErrors();
	}

	/** What drawing one figure came to: the files written, and why it failed (a bug, where {@code internal}), if it did. */
	private record Drawn(int written, String failure, boolean internal) {
	}

	/**
	 * Lays out, draws and writes the figures, as many at a time as there are processors: each is a layout and a drawing
	 * of its own, built from a scene that shares nothing with the model. The results come in the figures' order, so the
	 * output is the same as one at a time.
	 */
	private static List<Drawn> drawAll(List<Drawable> figures, Set<String> formats, Theme theme, double scale, Path out)
			throws InputException {
		if (figures.isEmpty()) {
			return List.of();
		}
		ExecutorService drawers = Executors.newFixedThreadPool(Math.min(figures.size(), Runtime.getRuntime().availableProcessors()));
		try {
			List<Future<Drawn>> pending = new ArrayList<>();
			for (Drawable figure : figures) {
				pending.add(drawers.submit(() -> draw(figure.scene(), formats, theme, scale, out)));
			}
			List<Drawn> drawn = new ArrayList<>();
			for (Future<Drawn> each : pending) {
				drawn.add(each.get());
			}
			return drawn;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while drawing", e);
		} catch (ExecutionException e) {
			// draw catches a figure's failures; a file it cannot write, or running out of memory, ends the run
			if (e.getCause() instanceof InputException unwritable) {
				throw unwritable;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			drawers.shutdownNow();
		}
	}

	private static Drawn draw(Scene scene, Set<String> formats, Theme theme, double scale, Path out) throws InputException {
		int written = 0;
		try {
			Drawing drawing = DiagramDrawing.compose(DiagramLayout.layout(scene), theme);
			if (formats.contains("svg")) {
				AtomicFiles.write(out.resolve(scene.fileName() + ".svg"), SvgWriter.write(drawing).getBytes(StandardCharsets.UTF_8));
				written++;
			}
			if (formats.contains("png")) {
				AtomicFiles.write(out.resolve(scene.fileName() + ".png"), PngWriter.write(drawing, scale));
				written++;
			}
			return new Drawn(written, null, false);
		} catch (DiagramException e) {
			return new Drawn(written, e.getMessage(), false);
		} catch (RuntimeException | StackOverflowError | LinkageError bug) {
			return new Drawn(written, internalError(bug), true);
		}
	}

	/** A figure to draw, and the proposal as written that it is drawn for, where problems are reported. */
	private record Drawable(Scene scene, Proposal proposal) {
	}

	private static Set<String> formats(String value) throws UsageException {
		Set<String> formats = new LinkedHashSet<>(Arrays.asList(value.toLowerCase(Locale.ROOT).split(",")));
		if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
			throw new UsageException("--format takes svg, png or svg,png, not '" + value + "'");
		}
		return formats;
	}

	private static double scale(String value) throws UsageException {
		try {
			double scale = Double.parseDouble(value);
			if (scale > 0 && scale <= 8) {
				return scale;
			}
		} catch (NumberFormatException notANumber) {
			// reported below, like a number out of range
		}
		throw new UsageException("--scale takes a number above 0 and at most 8, not '" + value + "'");
	}
}
