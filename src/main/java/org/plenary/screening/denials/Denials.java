package org.plenary.screening.denials;

import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.plenary.guidelines.Guidelines;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.DenialMatches;
import org.plenary.licensing.Transfer;
import org.plenary.screening.Screening;
import org.plenary.shared.Caller;
import org.plenary.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The screening module's denial register: PGs' licensing officers notify, amend and revoke their own
 * government's denials; only PGs' users (the Chair, delegates, officers) see them. Each command loads
 * the {@link DenialAggregate}, lets it apply its rules, stores it and publishes the events it
 * registered. It answers the licensing module's question, which active denials match a transfer,
 * from an in-memory index that those events rebuild once their change has committed. Beside each
 * event it publishes the denial as stored ({@link DenialRecorded}), for the events to Kafka.
 */
@Service
public class Denials implements DenialMatches {

	private final DenialStore store;
	private final Screening screening;
	private final Judgements judgements;
	private final ApplicationEventPublisher events;
	private final DenialPolicy policy;
	private final AtomicReference<DenialIndex> index = new AtomicReference<>();

	Denials(DenialStore store, Screening screening, Judgements judgements, Guidelines guidelines, ApplicationEventPublisher events,
			Clock clock, @Value("${plenary.screening.denial-validity:P3Y}") Period validity) {
		this.store = store;
		this.screening = screening;
		this.judgements = judgements;
		this.events = events;
		this.policy = new DenialPolicy(clock, validity, new GuidelineEntries(guidelines));
		refresh();
	}

	@Transactional
	public Denial notify(Caller caller, NotifyDenial command) {
		DenialAggregate denial = DenialAggregate.notify(caller, command, policy);
		denial.numbered(store.insert(denial));
		return published(denial);
	}

	@Transactional
	public Denial amend(Caller caller, long id, NotifyDenial command) {
		DenialAggregate denial = load(caller, id);
		denial.amend(caller, command, policy);
		store.amend(denial);
		return published(denial);
	}

	@Transactional
	public Denial revoke(Caller caller, long id) {
		return statusChanged(caller, id, denial -> denial.revoke(caller, policy.clock()));
	}

	/** The denying PG withdraws its denial (after a consultation): it stops matching. */
	@Transactional
	public Denial withdraw(Caller caller, long id) {
		return statusChanged(caller, id, denial -> denial.withdraw(caller, policy.clock()));
	}

	@Transactional(readOnly = true)
	public List<Denial> list(Caller caller) {
		requirePg(caller);
		return store.all();
	}

	/** The denials that count on {@code day}, for screening them again when a published list changes (no caller: the server's own). */
	@Transactional(readOnly = true)
	public List<Denial> counting(java.time.LocalDate day) {
		return store.active().stream().filter(d -> d.countsOn(day)).toList();
	}

	@Transactional(readOnly = true)
	public Denial find(Caller caller, long id) {
		requirePg(caller);
		return store.find(id).orElseThrow(() -> DenialNotFoundException.denial(id));
	}

	@Override
	public List<DenialMatch> find(Transfer transfer, String judgingGovernment) {
		DenialIndex denials = index.get();
		if (denials.size() == 0) {
			return List.of();
		}
		return denials.find(transfer, screening::matcher, judgements.judgedDifferent(), judgingGovernment);
	}

	/** A denial changed and the change committed (or there was no transaction): the index follows. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(DenialEvent changed) {
		refresh();
	}

	void refresh() {
		index.set(DenialIndex.of(store.active(), policy.entries()));
	}

	/** The denial, locked for the change, once the caller is known to be an officer. */
	private DenialAggregate load(Caller caller, long id) {
		DenialAggregate.requireOfficer(caller);
		return DenialAggregate.of(store.lock(id).orElseThrow(() -> DenialNotFoundException.denial(id)));
	}

	/** Loads the denial, lets {@code change} end it (revoke or withdraw), stores its new status. */
	private Denial statusChanged(Caller caller, long id, Consumer<DenialAggregate> change) {
		DenialAggregate denial = load(caller, id);
		change.accept(denial);
		store.status(denial);
		return published(denial);
	}

	/** Publishes what the denial registered, in the transaction of the change, and reads it back as stored. */
	private Denial published(DenialAggregate denial) {
		List<DenialEvent> registered = denial.takeEvents();
		registered.forEach(events::publishEvent);
		Denial stored = store.find(denial.id()).orElseThrow();
		registered.forEach(event -> events.publishEvent(DenialRecorded.of(event, stored, policy.clock().instant())));
		return stored;
	}

	/** Denials and consultations are for the PGs' users: the Chair, delegates, officers. */
	public static void requirePg(Caller caller) {
		if (!caller.actsForParticipatingGovernment()) {
			throw ForbiddenException.of("denials-pg-only", "Denials are for Participating Governments",
					"Denial notifications are exchanged among the PGs only; account '" + caller.username() + "' is "
							+ caller.role() + ".");
		}
	}
}
