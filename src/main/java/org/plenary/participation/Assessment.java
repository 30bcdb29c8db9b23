package org.plenary.participation;

import java.time.LocalDate;
import java.util.List;

import org.plenary.shared.Citation;

/** An applicant assessed against a criteria set as of a date. */
public record Assessment(String applicant, String criteriaSet, String criteriaSetTitle, String criteriaSetStatus,
		String criteriaSetLabel, LocalDate asOf, List<Result> results, Summary summary) {

	/**
	 * One criterion's status, the evidence behind it, and how it was decided; where the criterion itself
	 * comes from ({@code criterionCitations}) and, when it is not verified, what is not confirmed.
	 */
	public record Result(String criterion, String title, AssessmentStatus status, List<Evidence> evidence, String method,
			boolean criterionVerified, String criterionNote, List<Citation> criterionCitations) {
	}

	/** How many criteria have each status. */
	public record Summary(long met, long notMet, long partial, long unknown) {
	}
}
