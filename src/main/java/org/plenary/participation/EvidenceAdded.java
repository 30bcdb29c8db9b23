package org.plenary.participation;

import org.plenary.shared.Audited;

/** The applicant added evidence for a criterion to its application. */
public record EvidenceAdded(String actor, long applicationId, SupplyEvidence evidence) implements Audited {

	@Override
	public String action() {
		return "application.evidence.added";
	}

	@Override
	public String subject() {
		return "application/" + applicationId;
	}

	@Override
	public Object details() {
		return evidence;
	}
}
