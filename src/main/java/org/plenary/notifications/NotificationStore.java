package org.plenary.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox rows and each user's choices per kind. */
@Repository
class NotificationStore {

	private static final String SELECT = "select id, kind, title, body, link, created_at, read_at from notification";

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String eventKey, String recipient) {
		return jdbc.sql("select count(*) from notification where event_key = ? and recipient = ?").params(eventKey, recipient)
				.query(Long.class).single() > 0;
	}

	void insert(String recipient, Message m, Instant now) {
		jdbc.sql("insert into notification (recipient, kind, title, body, link, event_key, created_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(recipient, m.kind().name(), cut(m.title(), 500), cut(m.body(), 2000), m.link(), m.eventKey(), utc(now))
				.update();
	}

	List<Notification> newest(String recipient, int limit) {
		return jdbc.sql(SELECT + " where recipient = ? order by id desc").param(recipient).withMaxRows(limit)
				.query(this::row).list();
	}

	long unread(String recipient) {
		return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(recipient)
				.query(Long.class).single();
	}

	Optional<Notification> find(String recipient, long id) {
		return jdbc.sql(SELECT + " where recipient = ? and id = ?").params(recipient, id).query(this::row).optional();
	}

	void markRead(String recipient, long id, Instant now) {
		jdbc.sql("update notification set read_at = ? where recipient = ? and id = ? and read_at is null")
				.params(utc(now), recipient, id).update();
	}

	int markAllRead(String recipient, Instant now) {
		return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null").params(utc(now), recipient)
				.update();
	}

	/** The stored choices of a user; kinds without a row are left out (they take the defaults). */
	Map<NotificationKind, Preferences.Choice> choices(String username) {
		Map<NotificationKind, Preferences.Choice> choices = new EnumMap<>(NotificationKind.class);
		jdbc.sql("select kind, inbox, email from notification_preference where username = ?").param(username)
				.query((rs, n) -> new Preferences.Choice(NotificationKind.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3)))
				.list().forEach(c -> choices.put(c.kind(), c));
		return choices;
	}

	void save(String username, Preferences.Choice c) {
		int updated = jdbc.sql("update notification_preference set inbox = ?, email = ? where username = ? and kind = ?")
				.params(c.inbox(), c.email(), username, c.kind().name()).update();
		if (updated == 0) {
			jdbc.sql("insert into notification_preference (username, kind, inbox, email) values (?, ?, ?, ?)")
					.params(username, c.kind().name(), c.inbox(), c.email()).update();
		}
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private Notification row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime read = rs.getObject(7, OffsetDateTime.class);
		return new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
	}
}
