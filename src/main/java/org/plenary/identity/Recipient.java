package org.plenary.identity;

import org.plenary.shared.Role;
import org.plenary.shared.StateCode;

/** An enabled account as notifications see it: who, in which role, for which government, at which address (or none). */
public record Recipient(String username, Role role, StateCode government, String email) {

	public boolean hasAddress() {
		return email != null && !email.isBlank();
	}
}
