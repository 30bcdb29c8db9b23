package org.plenary.consensus;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Audited;
import org.plenary.shared.StateCode;

/** A proposal was decided (adopted, blocked or left pending), by the Chair or at a silence procedure's deadline. */
public record ProposalDecided(long proposalId, ProposalType type, Decision decision) implements Audited {

	public ProposalStatus status() {
		return decision.status();
	}

	public List<StateCode> objectors() {
		return decision.objectors();
	}

	public LocalDate date() {
		return decision.decidedOn();
	}

	public boolean bySilence() {
		return decision.bySilence();
	}

	@Override
	public String actor() {
		return decision.decidedBy();
	}

	@Override
	public String action() {
		return decision.bySilence() ? "proposal.decided.by-silence" : "proposal.decided";
	}

	@Override
	public String subject() {
		return "proposal/" + proposalId;
	}

	@Override
	public Object details() {
		return decision;
	}
}
