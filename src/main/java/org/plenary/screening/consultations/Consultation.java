package org.plenary.screening.consultations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A no-undercut consultation: the consulting PG asks the denying PG about an essentially identical
 * transfer; the denying PG answers (MAINTAIN, WITHDRAW or INFORMATION); the consulting PG records its
 * decision. {@code daysLeft} is negative once the deadline has passed.
 */
public record Consultation(long id, long denialId, String consultingPg, String denyingPg, String subject, LocalDate deadline,
		String status, String openedBy, Instant openedAt, String answer, String answerText, String answeredBy,
		String decision, String decisionText, String decidedBy, long daysLeft) {
}
