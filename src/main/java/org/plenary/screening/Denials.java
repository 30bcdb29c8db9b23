package org.plenary.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.plenary.audit.AuditLog;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.DenialMatches;
import org.plenary.licensing.Transfer;
import org.plenary.shared.Caller;
import org.plenary.shared.ControlList;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The screening module's denial register: PGs' licensing officers notify, amend and revoke their own
 * government's denials; only PGs' users (the Chair, delegates, officers) see them. It answers the
 * licensing module's question, which active denials match a transfer, from an in-memory index
 * rebuilt after every change.
 */
@Service
public class Denials implements DenialMatches {

	private final DenialStore store;
	private final JdbcClient jdbc;
	private final Screening screening;
	private final AuditLog audit;
	private final Clock clock;
	private final Period validity;
	private final AtomicReference<DenialIndex> index = new AtomicReference<>();
	private final AtomicReference<Set<String>> judged = new AtomicReference<>(Set.of());

	Denials(DenialStore store, JdbcClient jdbc, Screening screening, AuditLog audit, Clock clock,
			@Value("${plenary.screening.denial-validity:P3Y}") Period validity) {
		this.store = store;
		this.jdbc = jdbc;
		this.screening = screening;
		this.audit = audit;
		this.clock = clock;
		this.validity = validity;
		refresh();
	}

	@Transactional
	public Denial notify(Caller caller, NotifyDenial command) {
		caller.requireRole(Role.OFFICER);
		check(command);
		long id = store.insert(caller.government().value(), command, command.deniedOn().plus(validity), caller.username(),
				clock.instant());
		audit.append(caller.username(), "denial.notified", "denial/" + id, command);
		refreshAfterCommit();
		return store.find(id).orElseThrow();
	}

	@Transactional
	public Denial amend(Caller caller, long id, NotifyDenial command) {
		Denial denial = own(caller, id);
		check(command);
		store.amend(denial.id(), command, command.deniedOn().plus(validity), clock.instant());
		audit.append(caller.username(), "denial.amended", "denial/" + id, command);
		refreshAfterCommit();
		return store.find(id).orElseThrow();
	}

	@Transactional
	public Denial revoke(Caller caller, long id) {
		own(caller, id);
		store.status(id, "REVOKED", clock.instant());
		audit.append(caller.username(), "denial.revoked", "denial/" + id, Map.of("id", id));
		refreshAfterCommit();
		return store.find(id).orElseThrow();
	}

	/** The denying PG withdraws its denial (after a consultation): it stops matching. */
	@Transactional
	Denial withdraw(Caller caller, long id) {
		own(caller, id);
		store.status(id, "WITHDRAWN", clock.instant());
		audit.append(caller.username(), "denial.withdrawn", "denial/" + id, Map.of("id", id));
		refreshAfterCommit();
		return store.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Denial> list(Caller caller) {
		requirePg(caller);
		return store.all();
	}

	@Transactional(readOnly = true)
	public Denial find(Caller caller, long id) {
		requirePg(caller);
		return store.find(id).orElseThrow(() -> DenialNotFoundException.denial(id));
	}

	/** A reviewer's judgement that a name is not the denied end user (or listed party): that pair stops matching. */
	@Transactional
	public void judgeDifferent(Caller caller, String name, String target) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		jdbc.sql("insert into screening_judgement (name_key, target, verdict, judged_by, judged_at) values (?, ?, 'NOT_SAME', ?, ?)")
				.params(JudgementKey.of(name, target), target, caller.username(), DenialStore.time(clock.instant())).update();
		audit.append(caller.username(), "screening.judged", target, Map.of("name", name, "verdict", "NOT_SAME"));
		refreshAfterCommit();
	}

	boolean judgedDifferent(String name, String target) {
		return judged.get().contains(JudgementKey.of(name, target));
	}

	@Override
	public List<DenialMatch> find(Transfer transfer) {
		return index.get().find(transfer, screening.matcher(), judged.get());
	}

	int indexed() {
		return index.get().size();
	}

	void refresh() {
		index.set(DenialIndex.of(store.active()));
		judged.set(new HashSet<>(jdbc.sql("select name_key from screening_judgement where verdict = 'NOT_SAME'")
				.query(String.class).list()));
	}

	private void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
	}

	Denial own(Caller caller, long id) {
		caller.requireRole(Role.OFFICER);
		Denial denial = store.lock(id).orElseThrow(() -> DenialNotFoundException.denial(id));
		if (!denial.notifyingPg().equals(caller.government().value())) {
			throw ForbiddenException.of("not-your-denial", "Not your government's denial",
					"Denial " + id + " was notified by " + denial.notifyingPg() + "; only its licensing officers change it.");
		}
		return denial;
	}

	static void requirePg(Caller caller) {
		if (!caller.actsForParticipatingGovernment()) {
			throw ForbiddenException.of("denials-pg-only", "Denials are for Participating Governments",
					"Denial notifications are exchanged among the PGs only; account '" + caller.username() + "' is "
							+ caller.role() + ".");
		}
	}

	private void check(NotifyDenial c) {
		StateCode.of(c.destination());
		if (c.list() != ControlList.UNLISTED && (c.entry() == null || c.entry().isBlank())) {
			throw InvalidInputException.of("missing-entry", "Missing entry",
					"A denial of a listed item needs 'entry' (e.g. 1.B.2); use list UNLISTED for a catch-all denial.");
		}
		if (c.deniedOn().isAfter(LocalDate.now(clock))) {
			throw InvalidInputException.of("date-in-future", "Date in the future", "'deniedOn' is after today.");
		}
	}
}
