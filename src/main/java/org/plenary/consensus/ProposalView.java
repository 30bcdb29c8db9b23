package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.plenary.shared.StateCode;

/**
 * A proposal as its readers see it. {@code positions} (the current position of each PG that has
 * spoken), {@code silent}, {@code history} and {@code statementsAfterDecision} are present only for
 * readers allowed to see positions (the Chair and PGs' users).
 */
public record ProposalView(long id, ProposalType type, StateCode subject, String title, String text, Procedure procedure,
		Instant deadline, ProposalPayload payload, Long sessionId, Long applicationId, LocalDate tabledOn,
		String tabledBy, ProposalStatus status, List<StateCode> roster, Map<StateCode, PositionEntry> positions,
		List<StateCode> silent, List<PositionEntry> history, List<PositionEntry> statementsAfterDecision,
		List<Decision> decisions) {

	/** The same proposal without positions, for readers who may not see them. */
	ProposalView withoutPositions() {
		return new ProposalView(id, type, subject, title, text, procedure, deadline, payload, sessionId, applicationId,
				tabledOn, tabledBy, status, roster, null, null, null, null, decisions);
	}
}
