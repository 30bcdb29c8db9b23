package org.plenary.participation;

import java.time.LocalDate;
import java.util.List;

/** An application as its readers see it, with the evidence supplied per factor. */
public record ApplicationView(long id, String state, LocalDate appliedOn, ApplicationStatus status, String letter,
		Long proposalId, String submittedBy, List<Claim> evidence) {

	/** Evidence an applicant supplied for a criterion. */
	public record Claim(String criterion, String statement, String source, LocalDate submittedOn, String submittedBy) {
	}
}
