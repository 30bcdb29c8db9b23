/**
 * Notifications: who is told what, in the inbox and by e-mail. It listens (after the commit, in its
 * own transaction, republished after a crash) to the consensus, participation and consultation events,
 * and scans for deadlines within 48 hours; it writes one inbox row and at most one e-mail outbox row
 * per event and recipient, which a dispatcher sends through Spring Boot's mail support when
 * {@code spring.mail.host} is set. Each user chooses, per kind, what reaches the inbox and the mailbox.
 * <p>
 * The base package is its API ({@link org.plenary.notifications.Notifications}, the views and kinds);
 * {@code web} serves {@code /inbox} and {@code /api/notifications}. It depends on identity (the
 * recipients), consensus, participation and screening's consultations; none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.plenary.notifications;
