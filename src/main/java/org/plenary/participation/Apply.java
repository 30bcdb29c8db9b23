package org.plenary.participation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.plenary.shared.FreeText;
import org.plenary.shared.StateCode;

/** An applicant government's command to apply for participation, with evidence per factor (at most 50 pieces). */
public record Apply(@NotBlank @Pattern(regexp = StateCode.FORMAT, message = StateCode.FORMAT_MESSAGE) String state,
		LocalDate appliedOn, @FreeText @Size(max = 20000) String letter,
		@Size(max = 50, message = "must have at most {max} pieces of evidence") List<@NotNull @Valid SupplyEvidence> evidence) {
}
