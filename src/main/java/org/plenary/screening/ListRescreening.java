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
import org.plenary.screening.matching.Corroboration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a published list changes, screens again the end users (and aliases) of the denials that count
 * today and the parties (end user, aliases, consignee) of every saved transfer, against the lists
 * before and after the change, each name with its country (the denial's destination, the transfer's
 * end user's or consignee's country) raising or lowering its hits ({@link CorroboratedHits}). A hit on a changed list that was not there before is a new hit: it is
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

	/** A party to screen again and whose it is: each of its names with its country where known. */
	private record Subject(String kind, long id, String owner, String government, Map<String, Corroboration.Evidence> names) {
	}

	void rescreen(Screening.Reloaded reloaded) {
		List<Subject> subjects = subjects();
		List<ListMatchFound> found = new ArrayList<>();
		for (Subject subject : subjects) {
			Map<String, ListMatchFound> byEntry = new LinkedHashMap<>();
			for (Map.Entry<String, Corroboration.Evidence> named : subject.names().entrySet()) {
				String name = named.getKey();
				if (name == null || name.isBlank()) {
					continue;
				}
				Set<String> before = new HashSet<>();
				CorroboratedHits.of(reloaded.before(), name, named.getValue(), HITS).forEach(h -> before.add(h.list() + ":" + h.entryId()));
				for (Screening.ListHit h : CorroboratedHits.of(reloaded.after(), name, named.getValue(), HITS)) {
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
			Map<String, Corroboration.Evidence> names = new LinkedHashMap<>();
			Corroboration.Evidence destination = Corroboration.Evidence.readable(d.destination(), null);
			names.put(d.endUserName(), destination);
			d.aliases().forEach(alias -> names.putIfAbsent(alias, destination));
			subjects.add(new Subject("denial", d.id(), d.notifiedBy(), d.notifyingPg(), names));
		}
		SavedTransfers saved = transfers.getIfAvailable();
		if (saved != null) {
			for (SavedTransfers.Saved s : saved.all()) {
				Transfer t = s.transfer();
				Map<String, Corroboration.Evidence> names = new LinkedHashMap<>();
				if (t.endUser() != null) {
					Corroboration.Evidence country = Corroboration.Evidence.readable(t.endUser().country(), null);
					names.put(t.endUser().name(), country);
					if (t.endUser().aliases() != null) {
						t.endUser().aliases().forEach(alias -> names.putIfAbsent(alias, country));
					}
				}
				if (t.consignee() != null) {
					names.putIfAbsent(t.consignee().name(), Corroboration.Evidence.readable(t.consignee().country(), null));
				}
				subjects.add(new Subject("transfer", s.id(), s.savedBy(), s.government(), names));
			}
		}
		return subjects;
	}

}
