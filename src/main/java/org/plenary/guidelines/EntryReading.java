package org.plenary.guidelines;

/**
 * How a number named by a transfer or a denial reads on a day: the entry in force, and the
 * renumbering that led to it when the number named was an older one (null otherwise).
 */
public record EntryReading(String named, ControlListEntry entry, Renumbering renumbering) {

	public boolean renumbered() {
		return renumbering != null;
	}
}
