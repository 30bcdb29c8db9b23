package org.plenary.consensus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.shared.Audited;

/** The Chair withdrew a proposal before it was adopted; it takes no more positions or decisions. */
public record ProposalWithdrawn(String actor, long proposalId, String reason, LocalDate on) implements Audited {

	@Override
	public String action() {
		return "proposal.withdrawn";
	}

	@Override
	public String subject() {
		return "proposal/" + proposalId;
	}

	@Override
	public Object details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", reason);
		details.put("on", on.toString());
		return details;
	}
}
