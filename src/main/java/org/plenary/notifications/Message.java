package org.plenary.notifications;

/**
 * What to tell, once per recipient: {@code eventKey} is deterministic for the event (for example
 * {@code proposal-tabled:7} or {@code deadline-48h:7:2026-06-01T12:00:00Z}), so that handling the same
 * event again finds the rows it wrote and adds none. {@code link} is a path inside Plenary.
 */
record Message(String eventKey, NotificationKind kind, String title, String body, String link) {
}
