package org.plenary.registry;

import java.util.List;

import org.plenary.consensus.ParticipantAdmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Makes an admitted state a Participating Government from the decision's date. Runs after the
 * decision commits, from the persisted event publication, so a crash in between loses nothing;
 * receiving the same admission twice records it once. Publishes {@link ParticipationRecorded} in
 * its transaction: the audit chain records it, and the registry re-reads its tables once it commits.
 */
@Component
class Admissions {

	private final RegistryTables tables;
	private final ApplicationEventPublisher events;

	Admissions(RegistryTables tables, ApplicationEventPublisher events) {
		this.tables = tables;
		this.events = events;
	}

	// Synchronous, in the committing thread once the decision has committed (in a transaction of its own), so the
	// decision's response is sent after this view is current: read your writes. The publication is still persisted
	// and completed by Spring Modulith, so a crash in between is resubmitted (docs/scaling.md).
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ParticipantAdmitted admitted) {
		String state = admitted.state().value();
		if (record(tables, state, admitted.date(), admitted.reference(), admitted.proposalId())) {
			events.publishEvent(new ParticipationRecorded(state, admitted.date(), admitted.proposalId()));
		}
	}

	/** Records the state as a PG from {@code from} unless that participation is already there; true when it was new. */
	static boolean record(RegistryTables tables, String state, java.time.LocalDate from, String reference, long proposalId) {
		boolean known = tables.participations().stream().anyMatch(p -> p.state().equals(state)
				&& p.regime().equals(Registry.NSG) && from.equals(p.validFrom()));
		if (!known) {
			tables.insert(new Participation(state, Registry.NSG, from, null, Precision.DAY, reference,
					List.of(), true, "Admitted by consensus (proposal " + proposalId + ")", "DECISION", List.of()));
		}
		return !known;
	}
}
