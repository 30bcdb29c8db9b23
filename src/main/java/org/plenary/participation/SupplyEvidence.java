package org.plenary.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Evidence for one criterion (e.g. {@code EXPORT_CONTROL_SYSTEM}), with its source and date. */
public record SupplyEvidence(@NotBlank String criterion, @NotBlank @Size(max = 4000) String statement,
		@Size(max = 500) String source, LocalDate on) {
}
