package org.plenary.consensus;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.plenary.shared.FreeText;
import org.plenary.shared.StateCode;

/**
 * The Chair's command to table a proposal. {@code tabledOn} (default today) fixes the roster: the
 * PGs on that date, so it must be a day with a roster. {@code deadline} is required for a silence
 * procedure. Lengths match the columns of {@code consensus_proposal}; the text is capped at 20,000
 * characters.
 */
public record TableProposal(@NotNull ProposalType type,
		@Pattern(regexp = StateCode.FORMAT, message = StateCode.FORMAT_MESSAGE) String subject,
		@NotBlank @Size(max = 300) String title, @FreeText @Size(max = 20_000) String text, Procedure procedure,
		Instant deadline, @Valid ProposalPayload payload, @Positive Long sessionId, LocalDate tabledOn,
		@Positive Long applicationId) {
}
