package org.plenary.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.licensing.SavedTransfers;
import org.plenary.licensing.Transfer;
import org.plenary.screening.denials.Denial;
import org.plenary.screening.denials.Denials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a published list changes, screens again the end users (and aliases) of the denials that count
 * today and the parties (end user, aliases, consignee) of every saved transfer, against the lists
 * before and after the change. A hit on a changed list that was not there before is a new hit: it is
 * published as {@link ListMatchFound}, in a transaction, so that notifications tell the owner once.
 */
@Component
class ListRescreening {

	private static final Logger log = LoggerFactory.getLogger(ListRescreening.class);
	static final int HITS = 10;

	private final Denials denials;
	private final ObjectProvider<SavedTransfers> transfers;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final Clock clock;

	ListRescreening(Screening screening, Denials denials, ObjectProvider<SavedTransfers> transfers,
			ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.denials = denials;
		this.transfers = transfers;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
		screening.onReload(this::rescreen);
	}

	/** A party to screen again and whose it is. */
	private record Subject(String kind, long id, String owner, String government, List<String> names) {
	}

	void rescreen(Screening.Reloaded reloaded) {
		List<Subject> subjects = subjects();
		List<ListMatchFound> found = new ArrayList<>();
		for (Subject subject : subjects) {
			Map<String, ListMatchFound> byEntry = new LinkedHashMap<>();
			for (String name : subject.names()) {
				if (name == null || name.isBlank()) {
					continue;
				}
				Set<String> before = new HashSet<>();
				Screening.hits(reloaded.before(), name, HITS).forEach(h -> before.add(h.list() + ":" + h.entryId()));
				for (Screening.ListHit h : Screening.hits(reloaded.after(), name, HITS)) {
					String entry = h.list() + ":" + h.entryId();
					if (reloaded.changed().contains(h.list()) && !before.contains(entry)) {
						byEntry.putIfAbsent(entry, new ListMatchFound(h.list(), reloaded.versions().get(h.list()), h.entryId(),
								h.matchedName(), h.score(), subject.kind(), subject.id(), name, subject.owner(), subject.government()));
					}
				}
			}
			found.addAll(byEntry.values());
		}
		if (!found.isEmpty()) {
			tx.executeWithoutResult(status -> found.forEach(events::publishEvent));
		}
		log.info("Screening lists {} changed: {} denials and transfers screened again, {} new hits", reloaded.changed(),
				subjects.size(), found.size());
	}

	/** The end users of the denials that count today and the parties of every saved transfer, with whose they are. */
	private List<Subject> subjects() {
		List<Subject> subjects = new ArrayList<>();
		for (Denial d : denials.counting(LocalDate.now(clock))) {
			List<String> names = new ArrayList<>();
			names.add(d.endUserName());
			names.addAll(d.aliases());
			subjects.add(new Subject("denial", d.id(), d.notifiedBy(), d.notifyingPg(), names));
		}
		SavedTransfers saved = transfers.getIfAvailable();
		if (saved != null) {
			for (SavedTransfers.Saved s : saved.all()) {
				Transfer t = s.transfer();
				List<String> names = new ArrayList<>();
				if (t.endUser() != null) {
					names.add(t.endUser().name());
					if (t.endUser().aliases() != null) {
						names.addAll(t.endUser().aliases());
					}
				}
				if (t.consignee() != null) {
					names.add(t.consignee().name());
				}
				subjects.add(new Subject("transfer", s.id(), s.savedBy(), s.government(), names));
			}
		}
		return subjects;
	}

}
