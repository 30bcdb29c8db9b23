package org.plenary.participation;

import java.time.LocalDate;
import java.util.Map;

import org.plenary.shared.Audited;

/** The applicant was admitted by consensus (proposal {@code proposalId}) from {@code from}: its application is closed. */
public record ApplicationAdmitted(long applicationId, long proposalId, LocalDate from) implements Audited {

	@Override
	public String actor() {
		return "system";
	}

	@Override
	public String action() {
		return "application.admitted";
	}

	@Override
	public String subject() {
		return "application/" + applicationId;
	}

	@Override
	public Object details() {
		return Map.of("proposalId", proposalId, "from", from.toString());
	}
}
