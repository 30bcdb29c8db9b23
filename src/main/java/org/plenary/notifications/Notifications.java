package org.plenary.notifications;

import java.time.Clock;
import java.util.Map;

import org.plenary.identity.Directory;
import org.plenary.identity.Recipient;
import org.plenary.shared.Caller;
import org.plenary.shared.Inputs;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's public API: a user's own inbox and choices. Every method acts for the
 * caller alone: another user's notification does not exist for them (the same 404 as an unknown id).
 */
@Service
public class Notifications {

	/** How many notifications the inbox shows, newest first. */
	static final int SHOWN = 200;

	private final NotificationStore store;
	private final Directory directory;
	private final Clock clock;

	Notifications(NotificationStore store, Directory directory, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	/** The caller's inbox: the unread count and the newest notifications. */
	@Transactional(readOnly = true)
	public Inbox inbox(Caller caller) {
		return new Inbox(store.unread(caller.username()), store.newest(caller.username(), SHOWN));
	}

	/** The signed-in user's unread count, for the header ({@code @notifications.unread(#authentication.name)}). */
	@Transactional(readOnly = true)
	public long unread(String username) {
		return username == null ? 0 : store.unread(username);
	}

	/** Marks one of the caller's notifications read; 404 for anyone else's. */
	@Transactional
	public Notification markRead(Caller caller, long id) {
		require(caller, id);
		store.markRead(caller.username(), id, clock.instant());
		return require(caller, id);
	}

	/** Marks all the caller's notifications read; returns how many were unread. */
	@Transactional
	public int markAllRead(Caller caller) {
		return store.markAllRead(caller.username(), clock.instant());
	}

	/** The caller's address and, for every kind, whether it reaches the inbox and the mailbox. */
	@Transactional(readOnly = true)
	public Preferences preferences(Caller caller) {
		String email = directory.find(caller.username()).map(Recipient::email).orElse(null);
		return new Preferences(email, Choices.all(store.choices(caller.username()), email != null && !email.isBlank()));
	}

	/** Saves the caller's address (blank: none) and the choices given; kinds left out keep theirs. */
	@Transactional
	public Preferences save(Caller caller, Preferences preferences) {
		Inputs.valid(preferences);
		directory.changeEmail(caller.username(), preferences.email());
		if (preferences.kinds() != null) {
			preferences.kinds().forEach(c -> store.save(caller.username(), c));
		}
		return preferences(caller);
	}

	private Notification require(Caller caller, long id) {
		return store.find(caller.username(), id).orElseThrow(() -> NotFoundException.of("notification-not-found",
				"Unknown notification", "You have no notification with the id " + id + ".", Map.of("notificationId", id)));
	}
}
