package org.plenary.consensus;

import org.plenary.shared.Audited;

/**
 * A PG's delegate recorded a position, or after adoption a statement. {@code details} is what was
 * stored (the effective date and basis filled in), so the stored state can be re-derived from the
 * audit entry.
 */
public record PositionRecorded(long proposalId, PositionEntry entry) implements Audited {

	@Override
	public String actor() {
		return entry.recordedBy();
	}

	@Override
	public String action() {
		return entry.afterDecision() ? "proposal.statement.recorded" : "proposal.position.recorded";
	}

	@Override
	public String subject() {
		return "proposal/" + proposalId + "/positions/" + entry.state();
	}

	@Override
	public Object details() {
		return new RecordPosition(entry.position(), entry.statement(), entry.basis(), entry.source(), entry.recordedOn());
	}
}
