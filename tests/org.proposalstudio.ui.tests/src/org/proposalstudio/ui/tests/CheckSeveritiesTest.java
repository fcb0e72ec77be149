package org.proposalstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.ui.builder.ProposalMarkers;
import org.proposalstudio.ui.builder.ProposalNature;
import org.proposalstudio.ui.preferences.ChecksPreferencePage;
import org.proposalstudio.ui.preferences.ChecksPropertyPage;
import org.proposalstudio.ui.preferences.WorkspaceSeverities;

/**
 * Check severities in the workbench: the project's proposals.properties, then the workspace's preferences, then the
 * check's default; markers follow any change of either.
 */
class CheckSeveritiesTest {

	private static final List<String> INFO = List.of("oversight-overfitting@info");

	private IProject project;
	private IFile flawed;
	private PreferenceDialog dialog;

	@BeforeEach
	void aProjectWithTheOverfittingExample() throws Exception {
		project = Workbench.project("severities");
		ProposalNature.addTo(project);
		flawed = Workbench.file(project, "flawed.proposal",
				Files.readString(Examples.folder().resolve("flawed/oversight-overfitting.proposal")));
		Workbench.waitUntil("the example's marker", () -> Workbench.checksOf(flawed).equals(INFO));
	}

	@AfterEach
	void restoreTheDefaultsAndDeleteTheProject() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		WorkspaceSeverities.set(WorkspaceSeverities.defaults());
		project.delete(true, true, null);
	}

	@Test
	void theWorkspacePreferencePageChangesTheMarkers() throws Exception {
		ChecksPreferencePage page = (ChecksPreferencePage) open(
				PreferencesUtil.createPreferenceDialogOn(shell(), ChecksPreferencePage.ID, null, null));
		page.table().setSeverity(PaperCheck.OVERSIGHT_OVERFITTING, "ignore");
		assertTrue(page.performOk());
		Workbench.waitUntil("the marker to go", () -> Workbench.checksOf(flawed).isEmpty());

		page.table().setSeverity(PaperCheck.OVERSIGHT_OVERFITTING, "warning");
		assertTrue(page.performOk());
		Workbench.waitUntil("the marker to come back as a warning",
				() -> Workbench.checksOf(flawed).equals(List.of("oversight-overfitting@warning")));
	}

	@Test
	void theProjectsPropertiesFileComesBeforeTheWorkspace() throws Exception {
		WorkspaceSeverities.set(Map.of(PaperCheck.OVERSIGHT_OVERFITTING, "error"));
		Workbench.waitUntil("the workspace's severity",
				() -> Workbench.checksOf(flawed).equals(List.of("oversight-overfitting@error")));

		IFile properties = Workbench.file(project, "proposals.properties",
				"# as the command line reads it\noversight-overfitting = ignore\n");
		Workbench.waitUntil("the project's severity", () -> Workbench.checksOf(flawed).isEmpty());

		properties.delete(true, null);
		Workbench.waitUntil("the workspace's severity again",
				() -> Workbench.checksOf(flawed).equals(List.of("oversight-overfitting@error")));
	}

	@Test
	void theProjectPropertyPageWritesThePropertiesFile() throws Exception {
		IFile properties = Workbench.file(project, "proposals.properties", """
				# our settings
				missing-component = error
				""");
		ChecksPropertyPage page = (ChecksPropertyPage) open(
				PreferencesUtil.createPropertyDialogOn(shell(), project, ChecksPropertyPage.ID, null, null));
		page.table().setSeverity(PaperCheck.OVERSIGHT_OVERFITTING, "ignore");
		assertTrue(page.performOk());
		assertEquals("""
				# our settings
				missing-component = error
				oversight-overfitting = ignore
				""", Files.readString(properties.getLocation().toFile().toPath()));
		Workbench.waitUntil("the marker to go", () -> Workbench.checksOf(flawed).isEmpty());

		page.setProjectSpecific(false);
		assertTrue(page.performOk());
		assertEquals("# our settings\n", Files.readString(properties.getLocation().toFile().toPath()));
		Workbench.waitUntil("the default severity again", () -> Workbench.checksOf(flawed).equals(INFO));
	}

	@Test
	void anUnusableLineOfThePropertiesFileIsAnErrorOnThatLine() throws Exception {
		IFile properties = Workbench.file(project, "proposals.properties", """
				# two typos
				oversight-overfiting = ignore
				missing-limit = loud
				""");
		Workbench.waitUntil("the markers of the properties file", () -> Workbench.checksOf(properties).size() == 2);
		assertEquals(List.of("configuration@error", "configuration@error"), Workbench.checksOf(properties));
		assertEquals(List.of(2, 3), Arrays.stream(properties.findMarkers(ProposalMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1)).sorted().toList());
		assertEquals(INFO, Workbench.checksOf(flawed), "a line that cannot be used changes nothing");

		Workbench.file(project, "proposals.properties", "oversight-overfitting = ignore\n");
		Workbench.waitUntil("the markers to go",
				() -> Workbench.checksOf(properties).isEmpty() && Workbench.checksOf(flawed).isEmpty());
	}

	private static Shell shell() {
		return Workbench.page().getWorkbenchWindow().getShell();
	}

	private Object open(PreferenceDialog opened) {
		dialog = opened;
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog.getSelectedPage();
	}
}
