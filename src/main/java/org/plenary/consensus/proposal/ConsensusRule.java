package org.plenary.consensus.proposal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plenary.consensus.Position;
import org.plenary.consensus.ProposalStatus;

import org.plenary.shared.StateCode;

/**
 * The NSG's consensus rule, as plain Java: a proposal is adopted when no PG on its roster holds an
 * objection or a reservation; blocked when any holds an objection (the objectors are named);
 * otherwise pending. Silent PGs do not block. At a silence procedure's deadline the same rule
 * applies: only a PG that broke silence with a reservation or an objection stops adoption.
 */
public final class ConsensusRule {

	private ConsensusRule() {
	}

	/** The outcome of the current positions: status, objectors, reservations (both sorted). */
	public record Outcome(ProposalStatus status, List<StateCode> objectors, List<StateCode> reservations) {
	}

	public static Outcome decide(Map<StateCode, Position> current) {
		Map<StateCode, Position> sorted = new TreeMap<>(current);
		List<StateCode> objectors = sorted.entrySet().stream().filter(e -> e.getValue() == Position.OBJECTION)
				.map(Map.Entry::getKey).toList();
		List<StateCode> reservations = sorted.entrySet().stream().filter(e -> e.getValue() == Position.RESERVATION)
				.map(Map.Entry::getKey).toList();
		ProposalStatus status = !objectors.isEmpty() ? ProposalStatus.BLOCKED
				: !reservations.isEmpty() ? ProposalStatus.PENDING : ProposalStatus.ADOPTED;
		return new Outcome(status, objectors, reservations);
	}
}
