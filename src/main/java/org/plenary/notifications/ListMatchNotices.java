package org.plenary.notifications;

import java.util.List;

import org.plenary.identity.Directory;
import org.plenary.identity.Recipient;
import org.plenary.screening.ListMatchFound;
import org.plenary.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the officer who notified a denial or saved a transfer that a changed published list now
 * matches its party; when that account is gone or no longer an officer, its government's officers.
 */
@Component
class ListMatchNotices {

	private final Directory directory;
	private final Audiences audiences;
	private final Deliveries deliveries;

	ListMatchNotices(Directory directory, Audiences audiences, Deliveries deliveries) {
		this.directory = directory;
		this.audiences = audiences;
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void on(ListMatchFound found) {
		List<Recipient> owner = found.owner() == null ? List.of()
				: directory.find(found.owner()).filter(r -> r.role() == Role.OFFICER).map(List::of).orElse(List.of());
		List<Recipient> recipients = owner.isEmpty() && found.government() != null ? audiences.of(Role.OFFICER, found.government())
				: owner;
		boolean denial = found.subject().equals("denial");
		String what = denial ? "denial " + found.subjectId() : "saved transfer " + found.subjectId();
		deliveries.deliver(new Message(found.key(), NotificationKind.LIST_MATCH,
				found.list() + " now lists " + found.matchedName(),
				"Version " + found.version() + " of " + found.list() + " lists " + found.matchedName() + " (entry " + found.entryId()
						+ "), which matches \"" + found.partyName() + "\" of your " + what + " (score " + found.score() + ").",
				denial ? "/denials" : "/licensing/transfers/" + found.subjectId()), recipients);
	}
}
