package org.plenary.licensing;

import java.util.List;

/** The decision JSON of DESIGN.md: {@code id}, {@code outcome}, {@code conditions}, {@code reasons}, {@code denialMatches}. */
public record TransferDecision(String id, Outcome outcome, List<Condition> conditions, List<Reason> reasons,
		List<DenialMatch> denialMatches) {
}
