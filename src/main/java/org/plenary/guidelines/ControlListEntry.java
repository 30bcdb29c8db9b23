package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;

import org.plenary.shared.ControlList;

/**
 * One control-list row as it stood in a revision: an entry at the finest numbered level, or a group
 * ({@code group} true, e.g. Trigger List 5.2 or Dual-Use 1.D) that only gathers entries and cannot
 * be named by a transfer or a denial. {@code parent} is the group it belongs to (null at the top);
 * {@code sensitive} is true for enrichment, reprocessing and heavy water production items;
 * {@code verified} is true only where the number and title were read in a published text, and the
 * note says what is not confirmed. {@code source} holds the cited titles, {@code citations} each
 * with its address.
 */
public record ControlListEntry(ControlList list, String entry, String title, String parent, boolean group, String category,
		boolean sensitive, Sensitivity sensitivity, LocalDate validFrom, LocalDate validTo, String revision, String source,
		boolean verified, String note, List<Citation> citations) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}
}
