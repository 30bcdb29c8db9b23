package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;

import org.plenary.shared.StateCode;

/**
 * A proposal's own row, as stored: what was tabled, and where its decision stands. {@code changes}
 * counts the position changes so far; {@code decidedChanges} is that count when it was last decided.
 */
public record ProposalRow(long id, ProposalType type, StateCode subject, String title, String text, Procedure procedure,
		Instant deadline, ProposalPayload payload, Long sessionId, Long applicationId, LocalDate tabledOn,
		Instant tabledAt, String tabledBy, ProposalStatus status, LocalDate decidedOn, long changes,
		Long decidedChanges) {
}
