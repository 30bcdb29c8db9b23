package org.plenary.notifications.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.plenary.notifications.Inbox;
import org.plenary.notifications.Notification;
import org.plenary.notifications.Notifications;
import org.plenary.notifications.Preferences;
import org.plenary.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's own notifications and choices, over HTTP. */
@RestController
@Tag(name = "Notifications", description = "Your inbox, and what reaches it and your mailbox")
class NotificationsApi {

	private final Notifications notifications;

	NotificationsApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping(path = "/api/notifications", produces = "application/json")
	@Operation(summary = "Your notifications, newest first, with the unread count")
	Inbox inbox(Caller caller) {
		return notifications.inbox(caller);
	}

	@PostMapping(path = "/api/notifications/{id}/read", produces = "application/json")
	@Operation(summary = "Mark one of your notifications read (404 for anyone else's)")
	Notification read(Caller caller, @PathVariable long id) {
		return notifications.markRead(caller, id);
	}

	@PostMapping(path = "/api/notifications/read", produces = "application/json")
	@Operation(summary = "Mark all your notifications read")
	Map<String, Integer> readAll(Caller caller) {
		return Map.of("marked", notifications.markAllRead(caller));
	}

	@GetMapping(path = "/api/notifications/preferences", produces = "application/json")
	@Operation(summary = "Your e-mail address and, per kind, whether it reaches the inbox and the mailbox")
	Preferences preferences(Caller caller) {
		return notifications.preferences(caller);
	}

	@PutMapping(path = "/api/notifications/preferences", produces = "application/json")
	@Operation(summary = "Set your e-mail address (null or empty: none) and your choices per kind (kinds left out keep theirs)")
	Preferences save(Caller caller, @Valid @RequestBody Preferences preferences) {
		return notifications.save(caller, preferences);
	}
}
