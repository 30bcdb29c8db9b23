package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;

import org.plenary.shared.ControlList;

/**
 * One control-list entry as it stood in a revision: {@code sensitive} is true for enrichment,
 * reprocessing and heavy water production items; {@code verified} is false where the numbering or
 * title was not confirmed against a published text, and the note says what is not confirmed.
 * {@code source} holds the cited titles, {@code citations} each with its address.
 */
public record ControlListEntry(ControlList list, String entry, String title, String category, boolean sensitive,
		Sensitivity sensitivity, LocalDate validFrom, LocalDate validTo, String revision, String source, boolean verified,
		String note, List<Citation> citations) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}
}
