package org.plenary.notifications;

import java.util.List;

/** A user's inbox: how many are unread, and the newest notifications first. */
public record Inbox(long unread, List<Notification> notifications) {
}
