package org.plenary.participation.criteria;

import java.util.List;

/**
 * One criterion of a set: MET when {@code met} holds, else PARTIAL when {@code partial} holds, else
 * UNKNOWN when none of {@code unknownUnless} has ever been recorded for the state, else NOT_MET. A
 * {@code claimable} criterion the facts cannot settle becomes PARTIAL when the applicant supplies
 * evidence for it (claimed, not verified). {@code note} says what is not confirmed of an unverified
 * criterion.
 */
public record Criterion(String id, String title, String source, boolean verified, String method, Condition met,
		Condition partial, List<String> unknownUnless, boolean claimable,
		String note) {
}
