package org.plenary.guidelines;

import java.time.LocalDate;

import org.plenary.shared.ControlList;

/**
 * One control-list row as it stood in a revision: an entry at the finest numbered level, or a group
 * ({@code group} true, e.g. Trigger List 5.2 or Dual-Use 1.D) that only gathers entries and cannot
 * be named by a transfer or a denial. {@code parent} is the group it belongs to (null at the top);
 * {@code sensitive} is true for enrichment, reprocessing and heavy water production items;
 * {@code verified} is true only where the number and title were read in an INFCIRC text.
 */
public record ControlListEntry(ControlList list, String entry, String title, String parent, boolean group, String category,
		boolean sensitive, Sensitivity sensitivity, LocalDate validFrom, LocalDate validTo, String revision, String source,
		boolean verified, String note) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}
}
