package org.plenary.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.plenary.shared.FreeText;

/** Evidence for one criterion (e.g. {@code EXPORT_CONTROL_SYSTEM}), with its source and date. */
public record SupplyEvidence(@NotBlank @Size(max = 64) String criterion, @NotBlank @FreeText @Size(max = 4000) String statement,
		@Size(max = 500) String source, LocalDate on) {
}
