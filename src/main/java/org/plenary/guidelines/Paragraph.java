package org.plenary.guidelines;

import java.time.LocalDate;

/** A paragraph of the Guidelines that decides transfers, with the period it was in force and its source. */
public record Paragraph(String id, int part, String paragraph, String heading, LocalDate validFrom, LocalDate validTo,
		String source, boolean verified, String text) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}
}
