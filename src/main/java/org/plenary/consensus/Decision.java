package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.StateCode;

/** A decision on a proposal: its status, who objected, who held reservations, when and by whom. */
public record Decision(ProposalStatus status, List<StateCode> objectors, List<StateCode> reservations,
		LocalDate decidedOn, Instant decidedAt, String decidedBy, boolean bySilence) implements java.io.Serializable {
}
