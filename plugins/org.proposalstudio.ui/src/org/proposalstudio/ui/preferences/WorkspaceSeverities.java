package org.proposalstudio.ui.preferences;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.proposalstudio.checks.PaperCheck;
import org.proposalstudio.checks.Severities;
import org.proposalstudio.ui.ProposalUiPlugin;

/**
 * The workspace's check severities (Window > Preferences > Proposal Studio > Checks), stored as workspace preferences
 * under the check ids. Only severities that differ from a check's default are stored, so that a changed default reaches
 * every workspace that did not choose otherwise.
 */
public final class WorkspaceSeverities {

	static final String QUALIFIER = ProposalUiPlugin.ID + ".checks";

	private WorkspaceSeverities() {
	}

	/** The severity the workspace sets for the check, if it sets one. */
	public static Optional<String> of(String checkId) {
		return Optional.ofNullable(node().get(checkId, null));
	}

	/** Every check with the severity the workspace gives it: its own setting, or else the check's default. */
	public static Map<PaperCheck, String> all() {
		Map<PaperCheck, String> severities = new LinkedHashMap<>();
		for (PaperCheck check : PaperCheck.values()) {
			severities.put(check, of(check.id()).orElse(defaultOf(check)));
		}
		return severities;
	}

	/** Every check at its default severity. */
	public static Map<PaperCheck, String> defaults() {
		Map<PaperCheck, String> severities = new LinkedHashMap<>();
		Arrays.stream(PaperCheck.values()).forEach(check -> severities.put(check, defaultOf(check)));
		return severities;
	}

	public static String defaultOf(PaperCheck check) {
		return Severities.toPreference(check.defaultSeverity());
	}

	/** Stores the severities and saves them; listeners hear of each change. */
	public static void set(Map<PaperCheck, String> severities) throws BackingStoreException {
		IEclipsePreferences node = node();
		severities.forEach((check, severity) -> {
			if (severity.equals(defaultOf(check))) {
				node.remove(check.id());
			} else {
				node.put(check.id(), severity);
			}
		});
		node.flush();
	}

	public static void addListener(IPreferenceChangeListener listener) {
		node().addPreferenceChangeListener(listener);
	}

	public static void removeListener(IPreferenceChangeListener listener) {
		node().removePreferenceChangeListener(listener);
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}
}
