package org.plenary.consensus;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.StateCode;

/** A proposal was decided (adopted, blocked or left pending). */
public record ProposalDecided(long proposalId, ProposalType type, ProposalStatus status, List<StateCode> objectors,
		LocalDate date, boolean bySilence) {
}
