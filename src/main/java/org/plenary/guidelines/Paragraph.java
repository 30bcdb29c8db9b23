package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;

/**
 * A paragraph of the Guidelines that decides transfers, with the period it was in force, its source
 * (the cited titles) and its citations (title, address, whether secondary).
 */
public record Paragraph(String id, int part, String paragraph, String heading, LocalDate validFrom, LocalDate validTo,
		String source, boolean verified, String text, List<Citation> citations) {

	/**
	 * The paragraph's anchor on the Guidelines page: its id, or for a wording or number that was later
	 * replaced (the same id again from a later date) the id and the day it ended, so each is one anchor.
	 */
	public String anchor() {
		return validTo == null ? id : id + "-to-" + validTo;
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}
}
