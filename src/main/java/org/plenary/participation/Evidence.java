package org.plenary.participation;

import java.util.List;

import org.plenary.shared.Citation;

/**
 * One piece of evidence behind a status: a registry fact in force ({@code kind}, {@code value},
 * {@code since}, {@code source}, {@code verified}), or a claim the applicant supplied
 * ({@code kind = APPLICANT_CLAIM}, never verified). {@code source} holds the titles of the sources,
 * {@code citations} each with its address and whether it is secondary.
 */
public record Evidence(String kind, String value, String since, String source, boolean verified, String note,
		List<Citation> citations) {
}
