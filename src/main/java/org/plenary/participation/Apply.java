package org.plenary.participation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An applicant government's command to apply for participation, with evidence per factor. */
public record Apply(@NotBlank String state, LocalDate appliedOn, @Size(max = 20000) String letter,
		@Valid List<SupplyEvidence> evidence) {
}
