package org.plenary.screening.denials;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.plenary.audit.AuditLog;
import org.plenary.guidelines.Guidelines;
import org.plenary.screening.Screening;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.DenialMatches;
import org.plenary.licensing.Transfer;
import org.plenary.shared.Caller;
import org.plenary.shared.ControlList;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.Role;
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
	private final Guidelines guidelines;
	private final AuditLog audit;
	private final Clock clock;
	private final Period validity;
	private final AtomicReference<DenialIndex> index = new AtomicReference<>();
	private final AtomicReference<Set<String>> judged = new AtomicReference<>(Set.of());

	Denials(DenialStore store, JdbcClient jdbc, Screening screening, Guidelines guidelines, AuditLog audit, Clock clock,
			@Value("${plenary.screening.denial-validity:P3Y}") Period validity) {
		this.store = store;
		this.jdbc = jdbc;
		this.screening = screening;
		this.guidelines = guidelines;
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

	/** A reviewer's verdict on a (name, listed party or denial) pair. */
	public enum Verdict {
		/** The name is the listed party or denied end user: the pair keeps matching. */
		SAME,
		/** The name is another party: the pair stops matching for whoever judged it. */
		NOT_SAME
	}

	/** A judgement as recorded: whose it is ({@code scope}: a government, or {@code user:NAME} for an analyst). */
	public record Judgement(String name, String target, Verdict verdict, String scope) {
	}

	/** The longest name a judgement may be about (the end-user name column's width). */
	static final int MAX_NAME = 300;

	/**
	 * Records a reviewer's judgement on a pair. A PG's officers judge for their government, an analyst
	 * for themselves; a judgement never changes what another government (or analyst) sees. A denial
	 * may be judged only by a PG's officer (only PGs see denials); a listed party must be on the lists.
	 * The latest judgement of a scope on a pair counts: {@code SAME} undoes an earlier {@code NOT_SAME}.
	 */
	@Transactional
	public Judgement judge(Caller caller, String name, String target, Verdict verdict) {
		caller.requireRole(Role.OFFICER, Role.ANALYST);
		Inputs.text("name", name, MAX_NAME, true);
		Inputs.text("target", target, 100, true);
		if (verdict == null) {
			throw InvalidInputException.of("invalid-judgement", "Invalid judgement",
					"'verdict' must be SAME or NOT_SAME.");
		}
		String canonical = checkTarget(caller, target);
		if (JudgementKey.of(name, canonical).length() > 400) {
			throw InvalidFieldsException.of("name", "is too long once normalised for matching; shorten it");
		}
		String scope = scopeOf(caller);
		jdbc.sql("insert into screening_judgement (name_key, target, verdict, scope, judged_by, judged_at) values (?, ?, ?, ?, ?, ?)")
				.params(JudgementKey.of(name, canonical), canonical, verdict.name(), scope, caller.username(),
						DenialStore.time(clock.instant()))
				.update();
		Map<String, Object> payload = new java.util.LinkedHashMap<>();
		payload.put("name", name);
		payload.put("target", canonical);
		payload.put("verdict", verdict.name());
		payload.put("scope", scope);
		audit.append(caller.username(), "screening.judged", canonical, payload);
		refreshAfterCommit();
		return new Judgement(name, canonical, verdict, scope);
	}

	/** The target in its canonical form, once it is known to exist and the caller may judge it. */
	private String checkTarget(Caller caller, String target) {
		String usage = "'target' must be \"denial:ID\" or \"LIST:ENTRY_ID\" (e.g. OFAC-SDN:306).";
		if (target == null || target.length() > 100) {
			throw InvalidInputException.of("invalid-judgement", "Invalid judgement", usage);
		}
		int colon = target.indexOf(':');
		if (colon <= 0 || colon == target.length() - 1) {
			throw InvalidInputException.of("invalid-judgement", "Invalid judgement", usage);
		}
		String list = target.substring(0, colon);
		String entry = target.substring(colon + 1);
		if (list.equals("denial")) {
			if (!caller.is(Role.OFFICER)) {
				throw ForbiddenException.of("denials-pg-only", "Denials are for Participating Governments",
						"Only a PG's licensing officers judge matches against denials; account '" + caller.username()
								+ "' is " + caller.role() + ".");
			}
			long id;
			try {
				id = Long.parseLong(entry);
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("invalid-judgement", "Invalid judgement", usage);
			}
			store.find(id).orElseThrow(() -> DenialNotFoundException.denial(id));
			return "denial:" + id;
		}
		if (!screening.has(list, entry)) {
			throw org.plenary.shared.NotFoundException.of("listed-party-not-found", "Unknown listed party",
					"No party " + entry + " is on the list " + list + " as loaded; GET /api/screening/lists says what each list gave.");
		}
		return list + ":" + entry;
	}

	/** Whose judgements apply to what {@code caller} sees: their government's, or their own as an analyst. */
	static String scopeOf(Caller caller) {
		return caller.government() != null ? caller.government().value() : "user:" + caller.username();
	}

	/** Whether whoever {@code caller} judges for has judged {@code name} not to be {@code target}. */
	public boolean judgedDifferent(Caller caller, String name, String target) {
		return judged.get().contains(scopeOf(caller) + "|" + JudgementKey.of(name, target));
	}

	@Override
	public List<DenialMatch> find(Transfer transfer, String judgingGovernment) {
		return index.get().find(transfer, screening.matcher(), judged.get(), judgingGovernment);
	}

	int indexed() {
		return index.get().size();
	}

	void refresh() {
		index.set(DenialIndex.of(store.active()));
		// The latest verdict of each scope on each pair counts.
		Map<String, String> latest = new java.util.HashMap<>();
		jdbc.sql("select scope, name_key, verdict from screening_judgement order by id")
				.query((rs, n) -> latest.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3))).list();
		Set<String> different = new HashSet<>();
		latest.forEach((key, verdict) -> {
			if (Verdict.NOT_SAME.name().equals(verdict)) {
				different.add(key);
			}
		});
		judged.set(different);
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
		Inputs.valid(c);
		if (c.list() != ControlList.UNLISTED && (c.entry() == null || c.entry().isBlank())) {
			throw InvalidInputException.of("missing-entry", "Missing entry",
					"A denial of a listed item needs 'entry' (e.g. 1.B.2); use list UNLISTED for a catch-all denial.");
		}
		if (c.deniedOn().isAfter(LocalDate.now(clock))) {
			throw InvalidInputException.of("date-in-future", "Date in the future", "'deniedOn' is after today.");
		}
		if (c.list() != ControlList.UNLISTED && guidelines.rulebook(c.deniedOn()).entry(c.list(), c.entry().strip()).isEmpty()) {
			throw InvalidFieldsException.of("entry", "is '" + Inputs.shown(c.entry()) + "', which is not an entry of the " + c.list()
					+ " list in force on " + c.deniedOn() + "; GET /api/control-lists?list=" + c.list() + "&asOf=" + c.deniedOn()
					+ " shows the entries");
		}
	}
}
