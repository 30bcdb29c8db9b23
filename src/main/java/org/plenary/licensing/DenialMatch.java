package org.plenary.licensing;

import java.time.LocalDate;

/**
 * Another PG's active denial that matches an essentially identical transfer: which denial, by whom,
 * and why it matched (which name variant matched which, the score, what was compared).
 */
public record DenialMatch(long denialId, String notifyingGovernment, String reference, LocalDate deniedOn, String entry,
		String destination, String deniedEndUser, String matchedName, double score, String explanation) {
}
