package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;

import org.plenary.shared.StateCode;

/** One recorded position or statement, as kept in a proposal's history. */
public record PositionEntry(StateCode state, Position position, String statement, Basis basis, String source,
		LocalDate recordedOn, Instant recordedAt, String recordedBy, boolean afterDecision) {
}
