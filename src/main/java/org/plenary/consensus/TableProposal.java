package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Chair's command to table a proposal. {@code tabledOn} (default today) fixes the roster: the
 * PGs on that date. {@code deadline} is required for a silence procedure.
 */
public record TableProposal(@NotNull ProposalType type, String subject, @NotBlank @Size(max = 300) String title,
		String text, Procedure procedure, Instant deadline, ExceptionPayload payload, Long sessionId, LocalDate tabledOn,
		Long applicationId) {
}
