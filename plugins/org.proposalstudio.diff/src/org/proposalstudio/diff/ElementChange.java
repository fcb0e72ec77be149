package org.proposalstudio.diff;

import java.util.List;

/**
 * An element of a proposal that differs: one only the new proposal has, one only the old one has, one changed, or one
 * the new proposal has in place of the old one's (it {@code replaces} it).
 *
 * @param family     what kind of element, e.g. "oversight", "argument", "flow"
 * @param kind       how it differs
 * @param oldName    its name in the old proposal, e.g. {@code intermittentOversight}; null when it is added
 * @param newName    its name in the new proposal; null when it is removed
 * @param properties the properties that differ; for an added or removed element, all it has
 */
public record ElementChange(String family, Kind kind, String oldName, String newName, List<PropertyChange> properties) {

	public enum Kind {
		ADDED, REMOVED, CHANGED, REPLACED
	}

	public ElementChange {
		properties = List.copyOf(properties);
	}

	/**
	 * The name to show: "rat (in place of intermittentOversight)" for a replacement, "A -> B" for the two proposals
	 * compared, else the one name.
	 */
	public String title() {
		return switch (kind) {
		case ADDED -> newName;
		case REMOVED -> oldName;
		case CHANGED -> oldName.equals(newName) ? oldName : oldName + " -> " + newName;
		case REPLACED -> newName + " (in place of " + oldName + ")";
		};
	}
}
