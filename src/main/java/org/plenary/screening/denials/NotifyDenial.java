package org.plenary.screening.denials;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.plenary.shared.ControlList;
import org.plenary.shared.FreeText;
import org.plenary.shared.StateCode;

/**
 * A licensing officer's denial notification: the regime reference number, the date, the control-list
 * entry (or {@code UNLISTED} for a catch-all denial), the end user with aliases and address, the
 * destination, the stated end use and a reason class. Lengths as the columns of
 * {@code screening_denial}; at most 50 aliases, each as long as a name.
 */
public record NotifyDenial(@NotBlank @Size(max = 64) String reference, @NotNull LocalDate deniedOn, @NotNull ControlList list,
		@Size(max = 32) String entry, @NotNull @Valid EndUser endUser,
		@NotBlank @Pattern(regexp = StateCode.FORMAT, message = StateCode.FORMAT_MESSAGE) String destination,
		@FreeText @Size(max = 500) String endUse, @NotNull ReasonClass reasonClass) {

	public record EndUser(@NotBlank @Size(max = 300) String name,
			@Size(max = 50, message = "must have at most {max} aliases") List<@NotBlank @Size(max = 300) String> aliases,
			@FreeText @Size(max = 500) String address) {
	}

	/** Why the transfer was denied. */
	public enum ReasonClass {
		NUCLEAR_EXPLOSIVE_RISK, UNSAFEGUARDED_ACTIVITY, DIVERSION_RISK, END_USER_CONCERN, CATCH_ALL, SANCTIONS, OTHER
	}
}
