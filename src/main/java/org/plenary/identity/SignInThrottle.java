package org.plenary.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing, per account and per address. After {@code account-failures} wrong
 * passwords for one account (or {@code address-failures} from one address) within the window, sign-in
 * is refused, the right password included, for a lock that doubles with each further failure up to
 * {@code max-lock}; the caller is told when to try again (429 with Retry-After). A success clears the
 * account's count.
 * <p>
 * The counts are kept in the database ({@code identity_sign_in_failure}), so every node of a cluster
 * counts the same guesses and a lock set on one node holds on all: a failure is counted there, and a
 * sign-in that needs the password checked (every guess does) first reads the account's and the
 * address's rows. Each node also keeps the records it has seen in memory, so a locked account or
 * address is refused without reading the database; that memory is bounded (expired records are
 * dropped, and the tables never grow past {@link #MAX_TRACKED} records), and the leader deletes
 * expired rows.
 */
@Component
class SignInThrottle {

	static final int MAX_TRACKED = 100_000;

	private static final String ACCOUNT = "account:";

	private static final String ADDRESS = "address:";

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
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

	SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, @Value("${plenary.security.sign-in.account-failures:5}") int accountFailures,
			@Value("${plenary.security.sign-in.address-failures:20}") int addressFailures,
			@Value("${plenary.security.sign-in.window:PT15M}") Duration window,
			@Value("${plenary.security.sign-in.first-lock:PT30S}") Duration firstLock,
			@Value("${plenary.security.sign-in.max-lock:PT15M}") Duration maxLock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.accountFailures = accountFailures;
		this.addressFailures = addressFailures;
		this.window = window;
		this.firstLock = firstLock;
		this.maxLock = maxLock;
	}

	/** Seconds until {@code username} may try again from {@code address}, as far as this node knows; 0 when it may now. */
	long retryAfter(String username, String address) {
		Instant now = clock.instant();
		return Math.max(wait(accounts.get(key(username)), now), wait(addresses.get(String.valueOf(address)), now));
	}

	/**
	 * Seconds until {@code username} may try again from {@code address}, by the counts every node
	 * keeps in the database; what it reads is remembered here. Read before a password is checked.
	 */
	long retryAfterShared(String username, String address) {
		Instant now = clock.instant();
		String account = key(username);
		String from = String.valueOf(address);
		Optional<Record> byAccount = read(ACCOUNT + account);
		Optional<Record> byAddress = read(ADDRESS + from);
		byAccount.ifPresent(r -> remember(accounts, account, r, now));
		byAddress.ifPresent(r -> remember(addresses, from, r, now));
		return Math.max(wait(byAccount.orElse(null), now), wait(byAddress.orElse(null), now));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		String account = key(username);
		String from = String.valueOf(address);
		remember(accounts, account, count(ACCOUNT + account, accountFailures, now), now);
		remember(addresses, from, count(ADDRESS + from, addressFailures, now), now);
	}

	void succeeded(String username) {
		accounts.remove(key(username));
		jdbc.sql("delete from identity_sign_in_failure where subject = ?").param(ACCOUNT + key(username)).update();
	}

	/** Deletes the rows whose window and lock are both over (the leader, every ten minutes by default). */
	@Scheduled(initialDelayString = "${plenary.security.sign-in.purge-interval:PT10M}",
			fixedDelayString = "${plenary.security.sign-in.purge-interval:PT10M}")
	void purge() {
		Instant now = clock.instant();
		jdbc.sql("delete from identity_sign_in_failure where since < ? and (locked_until is null or locked_until <= ?)")
			.params(time(now.minus(window)), time(now)).update();
	}

	private Optional<Record> read(String subject) {
		return read(subject, "");
	}

	/** The subject's row; {@code " for update"} holds it until the transaction ends. */
	private Optional<Record> read(String subject, String lock) {
		return jdbc.sql("select failures, since, locked_until from identity_sign_in_failure where subject = ?" + lock)
			.param(subject)
			.query((rs, n) -> record(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Counts one more failure for {@code subject} in the database, in a transaction of its own that
	 * holds the row while it counts, so that failures counted on two nodes at once both count.
	 */
	private Record count(String subject, int allowed, Instant now) {
		try {
			return transaction.execute(tx -> countHeld(subject, allowed, now));
		}
		catch (DuplicateKeyException firstFailureOnTwoNodesAtOnce) {
			return transaction.execute(tx -> countHeld(subject, allowed, now)); // the row exists now
		}
	}

	private Record countHeld(String subject, int allowed, Instant now) {
		Optional<Record> held = read(subject, " for update");
		Record next = next(held.orElse(null), allowed, now);
		if (held.isEmpty()) {
			jdbc.sql("insert into identity_sign_in_failure (subject, failures, since, locked_until) values (?, ?, ?, ?)")
				.params(subject, next.failures(), time(next.since()), time(next.lockedUntil())).update();
		}
		else {
			jdbc.sql("update identity_sign_in_failure set failures = ?, since = ?, locked_until = ? where subject = ?")
				.params(next.failures(), time(next.since()), time(next.lockedUntil()), subject).update();
		}
		return next;
	}

	private void remember(ConcurrentHashMap<String, Record> table, String key, Record record, Instant now) {
		if (table.size() >= MAX_TRACKED) {
			table.values().removeIf(r -> expired(r, now));
			if (table.size() >= MAX_TRACKED) {
				table.clear(); // under a flood of distinct names: start over rather than grow without bound
			}
		}
		table.put(key, record);
	}

	/** The record after one more failure: a new window when the last one is over; locked once {@code allowed} is reached. */
	private Record next(Record r, int allowed, Instant now) {
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
	}

	private static Record record(int failures, OffsetDateTime since, OffsetDateTime lockedUntil) {
		return new Record(failures, since.toInstant(), lockedUntil == null ? null : lockedUntil.toInstant());
	}

	private static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
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
