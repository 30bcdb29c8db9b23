package org.plenary.consensus;

import org.plenary.shared.Audited;

/** The Chair tabled a proposal. */
public record ProposalTabled(String actor, long proposalId, TableProposal command) implements Audited {

	@Override
	public String action() {
		return "proposal.tabled";
	}

	@Override
	public String subject() {
		return "proposal/" + proposalId;
	}

	@Override
	public Object details() {
		return command;
	}
}
