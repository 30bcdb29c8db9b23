package org.plenary.consensus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.shared.Audited;

/** The Chair moved a silence procedure's deadline from {@code previousDeadline} to {@code deadline}. */
public record SilenceExtended(String actor, long proposalId, Instant previousDeadline, Instant deadline)
		implements Audited {

	@Override
	public String action() {
		return "proposal.extended";
	}

	@Override
	public String subject() {
		return "proposal/" + proposalId;
	}

	@Override
	public Object details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("previousDeadline", previousDeadline.toString());
		details.put("deadline", deadline.toString());
		return details;
	}
}
