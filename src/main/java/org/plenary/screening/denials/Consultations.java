package org.plenary.screening.denials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.plenary.audit.AuditLog;
import org.plenary.shared.Caller;
import org.plenary.shared.ConflictException;
import org.plenary.shared.FreeText;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.Role;
import org.plenary.shared.RuleRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations before undercutting another PG's denial. Each has a deadline (30 days by default,
 * {@code plenary.screening.consultation-days}) and the inbox reminds both sides of it; every step is
 * kept and audited.
 */
@Service
public class Consultations {

	/** The denying PG's answer. */
	public enum Answer {
		MAINTAIN, WITHDRAW, INFORMATION
	}

	/** The consulting PG's decision on its transfer. */
	public enum Outcome {
		APPROVED, DENIED, NOT_PROCEEDING
	}

	/** The consulting PG's request: what it is about (one line, as {@code screening_consultation.subject}), and its deadline. */
	public record Open(@Size(max = 1000) String subject, LocalDate deadline) {
	}

	public record Reply(@NotNull Answer answer, @FreeText @Size(max = 4000) String text) {
	}

	public record Decide(@NotNull Outcome decision, @FreeText @Size(max = 4000) String text) {
	}

	private static final String SELECT = "select id, denial_id, consulting_pg, denying_pg, subject, deadline, status, opened_by, "
			+ "opened_at, answer, answer_text, answered_by, decision, decision_text, decided_by from screening_consultation";

	private final JdbcClient jdbc;
	private final Denials denials;
	private final AuditLog audit;
	private final Clock clock;
	private final int days;

	Consultations(JdbcClient jdbc, Denials denials, AuditLog audit, Clock clock,
			@Value("${plenary.screening.consultation-days:30}") int days) {
		this.jdbc = jdbc;
		this.denials = denials;
		this.audit = audit;
		this.clock = clock;
		this.days = days;
	}

	@Transactional
	public Consultation open(Caller caller, long denialId, Open command) {
		caller.requireRole(Role.OFFICER);
		Inputs.valid(command);
		if (command != null && command.deadline() != null && command.deadline().isBefore(LocalDate.now(clock))) {
			throw InvalidFieldsException.of("deadline", "is " + command.deadline() + ", before today (" + LocalDate.now(clock)
					+ "); a consultation's deadline is today or later");
		}
		Denial denial = denials.find(caller, denialId);
		String pg = caller.government().value();
		if (denial.notifyingPg().equals(pg)) {
			throw RuleRefusedException.of("own-denial", "Your own denial", "Denial " + denialId + " is " + pg
					+ "'s own; a PG consults the others, not itself.");
		}
		if (!denial.status().equals("ACTIVE")) {
			throw ConflictException.of("denial-not-active", "Denial not active", "Denial " + denialId + " is " + denial.status()
					+ "; there is nothing to consult on.");
		}
		LocalDate deadline = command != null && command.deadline() != null ? command.deadline() : LocalDate.now(clock).plusDays(days);
		String subject = command != null && command.subject() != null ? command.subject()
				: "Essentially identical transfer to " + denial.endUserName() + " (" + denial.destination() + ")";
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into screening_consultation (denial_id, consulting_pg, denying_pg, subject, deadline, status, opened_by, "
				+ "opened_at) values (?, ?, ?, ?, ?, 'OPEN', ?, ?)")
				.params(denialId, pg, denial.notifyingPg(), subject, deadline, caller.username(), DenialStore.time(clock.instant()))
				.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.append(caller.username(), "consultation.opened", "consultation/" + id, Map.of("denialId", denialId, "subject", subject));
		return find(caller, id);
	}

	@Transactional
	public Consultation reply(Caller caller, long id, Reply reply) {
		Inputs.valid(reply);
		Consultation c = visible(caller, lock(id));
		caller.requireActsFor(org.plenary.shared.StateCode.of(c.denyingPg()), Role.OFFICER);
		if (!c.status().equals("OPEN")) {
			throw ConflictException.of("consultation-answered", "Already answered", "Consultation " + id + " is " + c.status() + ".");
		}
		jdbc.sql("update screening_consultation set status = 'ANSWERED', answer = ?, answer_text = ?, answered_by = ?, "
				+ "answered_at = ? where id = ?").params(reply.answer().name(), reply.text(), caller.username(),
						DenialStore.time(clock.instant()), id).update();
		audit.append(caller.username(), "consultation.answered", "consultation/" + id, reply);
		if (reply.answer() == Answer.WITHDRAW) {
			denials.withdraw(caller, c.denialId());
		}
		return find(caller, id);
	}

	@Transactional
	public Consultation decide(Caller caller, long id, Decide decision) {
		Inputs.valid(decision);
		Consultation c = visible(caller, lock(id));
		caller.requireActsFor(org.plenary.shared.StateCode.of(c.consultingPg()), Role.OFFICER);
		if (c.decision() != null) {
			throw ConflictException.of("consultation-decided", "Already decided", "Consultation " + id + " was decided "
					+ c.decision() + ".");
		}
		jdbc.sql("update screening_consultation set status = 'DECIDED', decision = ?, decision_text = ?, decided_by = ?, "
				+ "decided_at = ? where id = ?").params(decision.decision().name(), decision.text(), caller.username(),
						DenialStore.time(clock.instant()), id).update();
		audit.append(caller.username(), "consultation.decided", "consultation/" + id, decision);
		return find(caller, id);
	}

	/** The consultations of the caller's government, as consulting or denying PG, soonest deadline first. */
	@Transactional(readOnly = true)
	public List<Consultation> inbox(Caller caller) {
		Denials.requirePg(caller);
		if (caller.government() == null) {
			return List.of(); // the Chair acts for the Group, not in bilateral consultations
		}
		String pg = caller.government().value();
		return jdbc.sql(SELECT + " where consulting_pg = ? or denying_pg = ? order by deadline").params(pg, pg).query(this::row).list();
	}

	/**
	 * One consultation, for the two governments in it. To anyone else it does not exist: the same 404
	 * as an unknown id, so that outsiders cannot count consultations or learn who consults whom.
	 */
	@Transactional(readOnly = true)
	public Consultation find(Caller caller, long id) {
		Denials.requirePg(caller);
		return visible(caller, jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional()
				.orElseThrow(() -> DenialNotFoundException.consultation(id)));
	}

	private static Consultation visible(Caller caller, Consultation c) {
		String pg = caller.government() == null ? null : caller.government().value();
		if (!c.consultingPg().equals(pg) && !c.denyingPg().equals(pg)) {
			throw DenialNotFoundException.consultation(c.id());
		}
		return c;
	}

	private Consultation lock(long id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::row).optional()
				.orElseThrow(() -> DenialNotFoundException.consultation(id));
	}

	private Consultation row(ResultSet rs, int n) throws SQLException {
		LocalDate deadline = rs.getObject(6, LocalDate.class);
		return new Consultation(rs.getLong(1), rs.getLong(2), rs.getString(3).strip(), rs.getString(4).strip(), rs.getString(5),
				deadline, rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
				ChronoUnit.DAYS.between(LocalDate.now(clock), deadline));
	}
}
