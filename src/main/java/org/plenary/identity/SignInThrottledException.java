package org.plenary.identity;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for now, the right password included: too many wrong passwords for the account or from the address. */
class SignInThrottledException extends AuthenticationException {

	private final long retryAfterSeconds;

	SignInThrottledException(long retryAfterSeconds) {
		super("Too many failed sign-ins; try again in " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
