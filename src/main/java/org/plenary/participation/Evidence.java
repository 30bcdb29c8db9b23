package org.plenary.participation;

/**
 * One piece of evidence behind a status: a registry fact in force ({@code kind}, {@code value},
 * {@code since}, {@code source}, {@code verified}), or a claim the applicant supplied
 * ({@code kind = APPLICANT_CLAIM}, never verified).
 */
public record Evidence(String kind, String value, String since, String source, boolean verified, String note) {
}
