package org.plenary.screening.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The consultations table; {@code daysLeft} is counted from today by the clock. */
@Repository
class ConsultationStore {

	private static final String SELECT = "select id, denial_id, consulting_pg, denying_pg, subject, deadline, status, opened_by, "
			+ "opened_at, answer, answer_text, answered_by, decision, decision_text, decided_by from screening_consultation";

	private final JdbcClient jdbc;
	private final Clock clock;

	ConsultationStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long open(long denialId, String consultingPg, String denyingPg, String subject, LocalDate deadline, String by) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into screening_consultation (denial_id, consulting_pg, denying_pg, subject, deadline, status, opened_by, "
				+ "opened_at) values (?, ?, ?, ?, ?, 'OPEN', ?, ?)")
				.params(denialId, consultingPg, denyingPg, subject, deadline, by, now())
				.update(keys, "id");
		return keys.getKey().longValue();
	}

	void answer(long id, Consultations.Reply reply, String by) {
		jdbc.sql("update screening_consultation set status = 'ANSWERED', answer = ?, answer_text = ?, answered_by = ?, "
				+ "answered_at = ? where id = ?").params(reply.answer().name(), reply.text(), by, now(), id).update();
	}

	void decide(long id, Consultations.Decide decision, String by) {
		jdbc.sql("update screening_consultation set status = 'DECIDED', decision = ?, decision_text = ?, decided_by = ?, "
				+ "decided_at = ? where id = ?").params(decision.decision().name(), decision.text(), by, now(), id).update();
	}

	/** The consultations a government takes part in, as consulting or denying PG, soonest deadline first. */
	List<Consultation> of(String pg) {
		return jdbc.sql(SELECT + " where consulting_pg = ? or denying_pg = ? order by deadline").params(pg, pg).query(this::row).list();
	}

	/** Unanswered consultations with a deadline from {@code from} to {@code to}, soonest first. */
	List<Consultation> openBetween(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " where status = 'OPEN' and deadline >= ? and deadline <= ? order by deadline")
				.params(from, to).query(this::row).list();
	}

	Optional<Consultation> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
	}

	Optional<Consultation> lock(long id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::row).optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
	}

	private Consultation row(ResultSet rs, int n) throws SQLException {
		LocalDate deadline = rs.getObject(6, LocalDate.class);
		return new Consultation(rs.getLong(1), rs.getLong(2), rs.getString(3).strip(), rs.getString(4).strip(), rs.getString(5),
				deadline, rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
				ChronoUnit.DAYS.between(LocalDate.now(clock), deadline));
	}
}
