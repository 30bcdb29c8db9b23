package org.plenary.notifications;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user receives: the e-mail address (none: no e-mail), and per kind whether it reaches the
 * inbox and the mailbox. A kind left out keeps its current choice.
 */
public record Preferences(@Email @Size(max = 320) String email,
		@Size(max = 50) List<@NotNull @Valid Choice> kinds) {

	/** One kind's choice. */
	public record Choice(@NotNull NotificationKind kind, boolean inbox, boolean email) {
	}
}
