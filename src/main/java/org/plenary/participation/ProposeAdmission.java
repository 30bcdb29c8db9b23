package org.plenary.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.plenary.shared.FreeText;

/** The Chair's command to put an application before the PGs as an admission proposal. */
public record ProposeAdmission(@Size(max = 300) String title, @FreeText @Size(max = 20_000) String text, LocalDate tabledOn,
		@Positive Long sessionId) {
}
