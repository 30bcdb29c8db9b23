package org.plenary.notifications;

import java.time.Instant;

/** One notification in a user's inbox: what happened, a link to the thing, and whether it was read. */
public record Notification(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
		Instant readAt) {

	public boolean read() {
		return readAt != null;
	}
}
