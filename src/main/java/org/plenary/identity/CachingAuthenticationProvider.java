package org.plenary.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Remembers successful sign-ins for a short while, so that an API client sending HTTP Basic on
 * every request pays for one bcrypt check per {@link #TTL}, not per request (bcrypt costs tens of
 * milliseconds on purpose). Entries hold a salted SHA-256 of the password, never the password, and
 * a wrong password always goes to the real check.
 */
class CachingAuthenticationProvider implements AuthenticationProvider {

	static final Duration TTL = Duration.ofMinutes(5);

	private final AuthenticationProvider delegate;
	private final SignInThrottle throttle;
	private final Clock clock;
	private final byte[] salt = new byte[16];
	private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

	private record Entry(byte[] digest, Authentication result, Instant expires) {
	}

	CachingAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, Clock clock) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.clock = clock;
		new SecureRandom().nextBytes(salt);
	}

	/**
	 * Refuses a throttled account or address before any check (429); otherwise checks the password,
	 * from the cache or (after the counts every node keeps say it may) with bcrypt, and counts a wrong one. Whether the account is still enabled is
	 * checked on every request by {@link AccountCheckFilter}, so a cached sign-in never outlives it.
	 */
	@Override
	public Authentication authenticate(Authentication request) {
		String username = request.getName();
		String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
		long wait = throttle.retryAfter(username, address);
		if (wait > 0) {
			throw new SignInThrottledException(wait);
		}
		byte[] digest = digest(String.valueOf(request.getCredentials()));
		Entry hit = cache.get(username);
		Instant now = clock.instant();
		if (hit != null && now.isBefore(hit.expires()) && MessageDigest.isEqual(hit.digest(), digest)) {
			return hit.result();
		}
		// Not checked on this node lately: the counts of every node decide whether it may be checked now.
		wait = throttle.retryAfterShared(username, address);
		if (wait > 0) {
			throw new SignInThrottledException(wait);
		}
		Authentication result;
		try {
			result = delegate.authenticate(request);
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username, address);
			throw ex;
		}
		if (result != null && result.isAuthenticated() && result.getPrincipal() instanceof Account account) {
			// What the security context (and so a page session, stored in the database) keeps: no password hash.
			UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account.withoutSecret(),
					null, result.getAuthorities());
			signedIn.setDetails(result.getDetails());
			result = signedIn;
		}
		if (result != null && result.isAuthenticated()) {
			throttle.succeeded(username);
			cache.put(username, new Entry(digest, result, now.plus(TTL)));
		}
		return result;
	}

	/** Forgets a cached sign-in (the account changed or was disabled). */
	void forget(String username) {
		cache.remove(username);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private byte[] digest(String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			return sha.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
