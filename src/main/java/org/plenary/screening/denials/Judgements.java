package org.plenary.screening.denials;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.plenary.screening.Screening;
import org.plenary.shared.Caller;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reviewers' judgements on (name, listed party or denial) pairs. A PG's officers judge for their
 * government, an analyst for themselves; a judgement never changes what another government (or
 * analyst) sees. The pairs judged different are kept in memory, rebuilt after each judgement commits.
 */
@Service
public class Judgements {

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

	private static final String USAGE = "'target' must be \"denial:ID\" or \"LIST:ENTRY_ID\" (e.g. OFAC-SDN:306).";

	private final JdbcClient jdbc;
	private final DenialStore denials;
	private final Screening screening;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	/** {@code scope|name key|target} of every pair whose latest verdict is NOT_SAME. */
	private final AtomicReference<Set<String>> judged = new AtomicReference<>(Set.of());

	Judgements(JdbcClient jdbc, DenialStore denials, Screening screening, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.denials = denials;
		this.screening = screening;
		this.events = events;
		this.clock = clock;
		refresh();
	}

	/**
	 * Records a reviewer's judgement on a pair. A denial may be judged only by a PG's officer (only
	 * PGs see denials); a listed party must be on the lists. The latest judgement of a scope on a pair
	 * counts: {@code SAME} undoes an earlier {@code NOT_SAME}.
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
		events.publishEvent(new ScreeningJudged(caller.username(), name, canonical, verdict, scope));
		return new Judgement(name, canonical, verdict, scope);
	}

	/** The target in its canonical form, once it is known to exist and the caller may judge it. */
	private String checkTarget(Caller caller, String target) {
		if (target == null || target.length() > 100) {
			throw InvalidInputException.of("invalid-judgement", "Invalid judgement", USAGE);
		}
		int colon = target.indexOf(':');
		if (colon <= 0 || colon == target.length() - 1) {
			throw InvalidInputException.of("invalid-judgement", "Invalid judgement", USAGE);
		}
		String list = target.substring(0, colon);
		String entry = target.substring(colon + 1);
		if (list.equals("denial")) {
			return "denial:" + checkDenial(caller, entry);
		}
		if (!screening.has(list, entry)) {
			throw NotFoundException.of("listed-party-not-found", "Unknown listed party",
					"No party " + entry + " is on the list " + list + " as loaded; GET /api/screening/lists says what each list gave.");
		}
		return list + ":" + entry;
	}

	/** The id of the denial a PG's officer judges, once it is known to exist. */
	private long checkDenial(Caller caller, String entry) {
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
			throw InvalidInputException.of("invalid-judgement", "Invalid judgement", USAGE);
		}
		denials.find(id).orElseThrow(() -> DenialNotFoundException.denial(id));
		return id;
	}

	/** Whose judgements apply to what {@code caller} sees: their government's, or their own as an analyst. */
	static String scopeOf(Caller caller) {
		return caller.government() != null ? caller.government().value() : "user:" + caller.username();
	}

	/** Whether whoever {@code caller} judges for has judged {@code name} not to be {@code target}. */
	public boolean judgedDifferent(Caller caller, String name, String target) {
		return judged.get().contains(scopeOf(caller) + "|" + JudgementKey.of(name, target));
	}

	/** Every pair judged different, as {@code scope|name key|target}. */
	Set<String> judgedDifferent() {
		return judged.get();
	}

	/** A judgement committed (or there was no transaction): the pairs judged different follow. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ScreeningJudged judgement) {
		refresh();
	}

	/** Reads the judgements again: the latest verdict of each scope on each pair counts. */
	void refresh() {
		Map<String, String> latest = new HashMap<>();
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
}
