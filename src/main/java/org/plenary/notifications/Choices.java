package org.plenary.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The defaults: every kind in the inbox; every kind by e-mail when the user has an address. */
final class Choices {

	private Choices() {
	}

	static Preferences.Choice of(Map<NotificationKind, Preferences.Choice> stored, NotificationKind kind, boolean hasAddress) {
		Preferences.Choice c = stored.get(kind);
		return c != null ? c : new Preferences.Choice(kind, true, hasAddress);
	}

	/** Every kind, in order, with the stored choice or the default. */
	static List<Preferences.Choice> all(Map<NotificationKind, Preferences.Choice> stored, boolean hasAddress) {
		List<Preferences.Choice> all = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			all.add(of(stored, kind, hasAddress));
		}
		return all;
	}
}
