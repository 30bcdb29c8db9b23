package org.plenary.guidelines;

import java.time.LocalDate;

/** A revision of one Part of the Guidelines (INFCIRC/254/Rev.N/Part P), from the date it took effect. */
public record Revision(String document, int part, String revision, LocalDate validFrom, String source, boolean verified,
		String note) {
}
