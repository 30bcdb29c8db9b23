package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;

/**
 * A revision of one Part of the Guidelines (INFCIRC/254/Rev.N/Part P), from the date it took effect, with
 * its sources (titles in {@code source}, each with its address in {@code citations}).
 */
public record Revision(String document, int part, String revision, LocalDate validFrom, String source, boolean verified,
		String note, List<Citation> citations) {
}
