package org.plenary.shared;

import java.util.Optional;


/**
 * Who is asking: the account, its role, and the government it acts for (none for the Chair and
 * analysts). Controllers declare a {@code Caller} parameter to receive the signed-in caller (resolved by the identity module).
 */
public record Caller(String username, Role role, StateCode government) {

	public Optional<StateCode> governmentCode() {
		return Optional.ofNullable(government);
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/** Whether the caller works for a Participating Government's side of the regime (Chair, delegate, officer). */
	public boolean actsForParticipatingGovernment() {
		return role == Role.CHAIR || role == Role.DELEGATE || role == Role.OFFICER;
	}

	/** Refuses unless the caller acts for {@code state} in one of the given roles. */
	public void requireActsFor(StateCode state, Role... roles) {
		boolean roleOk = java.util.Arrays.asList(roles).contains(role);
		if (!roleOk || !state.equals(government)) {
			throw ForbiddenException.of("not-your-government", "Not your government",
					"Account '" + username + "' (" + role + (government == null ? "" : " for " + government)
							+ ") may not act for " + state + ". Only " + state + "'s own "
							+ java.util.Arrays.toString(roles).toLowerCase() + " may.");
		}
	}

	/** Refuses unless the caller has one of the given roles. */
	public void requireRole(Role... roles) {
		if (!java.util.Arrays.asList(roles).contains(role)) {
			throw ForbiddenException.of("role-required", "Not allowed for your role",
					"This needs one of the roles " + java.util.Arrays.toString(roles) + "; account '" + username
							+ "' is " + role + ".");
		}
	}
}
