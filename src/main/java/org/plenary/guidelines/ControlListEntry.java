package org.plenary.guidelines;

import java.time.LocalDate;

import org.plenary.shared.ControlList;

/**
 * One control-list entry as it stood in a revision: {@code sensitive} is true for enrichment,
 * reprocessing and heavy water production items; {@code verified} is false where the reference
 * brief has the numbering or title from memory.
 */
public record ControlListEntry(ControlList list, String entry, String title, String category, boolean sensitive,
		Sensitivity sensitivity, LocalDate validFrom, LocalDate validTo, String revision, String source, boolean verified,
		String note) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}
}
