package org.plenary.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mail outbox, {@code notification_mail}: PENDING rows wait to be sent; a sender claims one
 * (SENDING) in its own committed update before it talks to the SMTP server, and marks it SENT after.
 * A row that fails before the server accepted it goes back to PENDING, is tried again after a wait
 * that doubles with each failure, and is FAILED after {@value #MAX_ATTEMPTS} attempts. A row left SENDING by a crash stays so: it is never sent again.
 */
@Repository
class MailOutbox {

	static final int MAX_ATTEMPTS = 8;

	/** The wait after the first failed attempt, doubled after each further one (30 s, 1 min, 2 min ... 32 min). */
	static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	/** A mail to send; {@code lastAttempt} is when a failed attempt ended (null before any). */
	record Mail(long id, String eventKey, String recipient, String address, String subject, String body, int attempts,
			Instant lastAttempt) {

		/** Whether it may be tried now: at once the first time, then after a wait that doubles with each failure. */
		boolean due(Instant now) {
			return lastAttempt == null || !lastAttempt.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16))).isAfter(now);
		}
	}

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String eventKey, String recipient) {
		return jdbc.sql("select count(*) from notification_mail where event_key = ? and recipient = ?").params(eventKey, recipient)
				.query(Long.class).single() > 0;
	}

	void enqueue(String eventKey, String recipient, String address, String subject, String body, Instant now) {
		jdbc.sql("insert into notification_mail (event_key, recipient, address, subject, body, state, attempts, created_at) "
				+ "values (?, ?, ?, ?, ?, 'PENDING', 0, ?)")
				.params(eventKey, recipient, address, NotificationStore.cut(subject, 500), NotificationStore.cut(body, 4000),
						NotificationStore.utc(now))
				.update();
	}

	/** The next PENDING rows after {@code afterId}, oldest first. */
	List<Mail> pending(long afterId, int limit) {
		return jdbc.sql("select id, event_key, recipient, address, subject, body, attempts, claimed_at from notification_mail "
				+ "where state = 'PENDING' and id > ? order by id").param(afterId).withMaxRows(limit)
				.query((rs, n) -> {
					OffsetDateTime last = rs.getObject(8, OffsetDateTime.class);
					return new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getInt(7), last == null ? null : last.toInstant());
				})
				.list();
	}

	/** Claims a PENDING row for this sender; false when another sender (or node) claimed it first. */
	boolean claim(long id, Instant now) {
		return jdbc.sql("update notification_mail set state = 'SENDING', claimed_at = ? where id = ? and state = 'PENDING'")
				.params(NotificationStore.utc(now), id).update() == 1;
	}

	void sent(long id, Instant now) {
		jdbc.sql("update notification_mail set state = 'SENT', sent_at = ?, attempts = attempts + 1 where id = ?")
				.params(NotificationStore.utc(now), id).update();
	}

	/**
	 * The server refused the mail or could not be reached: back to PENDING, tried again after a wait
	 * ({@code claimed_at} keeps when this attempt ended), or FAILED after the last attempt.
	 */
	void failed(Mail mail, String error, Instant now) {
		String state = mail.attempts() + 1 >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
		jdbc.sql("update notification_mail set state = ?, attempts = attempts + 1, last_error = ?, claimed_at = ? where id = ?")
				.params(state, NotificationStore.cut(error == null ? "unknown" : error, 1000), NotificationStore.utc(now), mail.id())
				.update();
	}

	/** How many rows a crash left SENDING since before {@code before}: not resent, reported at start. */
	long stuck(Instant before) {
		return jdbc.sql("select count(*) from notification_mail where state = 'SENDING' and claimed_at < ?")
				.param(NotificationStore.utc(before)).query(Long.class).single();
	}
}
