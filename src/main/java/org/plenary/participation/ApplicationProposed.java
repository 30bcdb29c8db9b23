package org.plenary.participation;

import java.util.Map;

import org.plenary.shared.Audited;

/** The Chair put the application before the PGs as admission proposal {@code proposalId}. */
public record ApplicationProposed(String actor, long applicationId, long proposalId) implements Audited {

	@Override
	public String action() {
		return "application.proposed";
	}

	@Override
	public String subject() {
		return "application/" + applicationId;
	}

	@Override
	public Object details() {
		return Map.of("proposalId", proposalId);
	}
}
