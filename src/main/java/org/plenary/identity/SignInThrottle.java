package org.plenary.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, per account and per address. After {@code account-failures} wrong
 * passwords for one account (or {@code address-failures} from one address) within the window, sign-in
 * is refused, the right password included, for a lock that doubles with each further failure up to
 * {@code max-lock}; the caller is told when to try again (429 with Retry-After). A success clears the
 * account's count. Memory is bounded: expired records are dropped, and the tables never grow past
 * {@link #MAX_TRACKED} records.
 */
@Component
class SignInThrottle {

	static final int MAX_TRACKED = 100_000;

	private final Clock clock;
	private final int accountFailures;
	private final int addressFailures;
	private final Duration window;
	private final Duration firstLock;
	private final Duration maxLock;
	private final ConcurrentHashMap<String, Record> accounts = new ConcurrentHashMap<>();
	private final ConcurrentHashMap<String, Record> addresses = new ConcurrentHashMap<>();

	/** Failures within the window, when the window started, and until when sign-in is refused. */
	private record Record(int failures, Instant since, Instant lockedUntil) {
	}

	SignInThrottle(Clock clock, @Value("${plenary.security.sign-in.account-failures:5}") int accountFailures,
			@Value("${plenary.security.sign-in.address-failures:20}") int addressFailures,
			@Value("${plenary.security.sign-in.window:PT15M}") Duration window,
			@Value("${plenary.security.sign-in.first-lock:PT30S}") Duration firstLock,
			@Value("${plenary.security.sign-in.max-lock:PT15M}") Duration maxLock) {
		this.clock = clock;
		this.accountFailures = accountFailures;
		this.addressFailures = addressFailures;
		this.window = window;
		this.firstLock = firstLock;
		this.maxLock = maxLock;
	}

	/** Seconds until {@code username} may try again from {@code address}; 0 when it may now. */
	long retryAfter(String username, String address) {
		Instant now = clock.instant();
		return Math.max(wait(accounts.get(key(username)), now), wait(addresses.get(String.valueOf(address)), now));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		record(accounts, key(username), accountFailures, now);
		record(addresses, String.valueOf(address), addressFailures, now);
	}

	void succeeded(String username) {
		accounts.remove(key(username));
	}

	private void record(ConcurrentHashMap<String, Record> table, String key, int allowed, Instant now) {
		if (table.size() >= MAX_TRACKED) {
			table.values().removeIf(r -> expired(r, now));
			if (table.size() >= MAX_TRACKED) {
				table.clear(); // under a flood of distinct names: start over rather than grow without bound
			}
		}
		table.compute(key, (k, r) -> {
			if (r == null || expired(r, now)) {
				r = new Record(0, now, null);
			}
			int failures = r.failures() + 1;
			Instant until = r.lockedUntil();
			if (failures >= allowed) {
				long doublings = Math.min(failures - allowed, 20);
				Duration lock = firstLock.multipliedBy(1L << doublings);
				until = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
			}
			return new Record(failures, r.since(), until);
		});
	}

	private boolean expired(Record r, Instant now) {
		boolean windowOver = r.since().plus(window).isBefore(now);
		boolean unlocked = r.lockedUntil() == null || !r.lockedUntil().isAfter(now);
		return windowOver && unlocked;
	}

	private static long wait(Record r, Instant now) {
		if (r == null || r.lockedUntil() == null || !r.lockedUntil().isAfter(now)) {
			return 0;
		}
		return Math.max(1, Duration.between(now, r.lockedUntil()).toMillis() / 1000 + 1);
	}

	private static String key(String username) {
		return String.valueOf(username).toLowerCase(Locale.ROOT);
	}
}
