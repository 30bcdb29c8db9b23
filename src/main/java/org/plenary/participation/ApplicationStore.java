package org.plenary.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The participation tables. */
@Repository
class ApplicationStore {

	private static final String SELECT = "select id, state_code, applied_on, status, letter, proposal_id, submitted_by "
			+ "from participation_application";

	private final JdbcClient jdbc;

	ApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String state, LocalDate appliedOn, ApplicationStatus status, String letter, Long proposalId,
			String submittedBy) {
	}

	long insert(String state, LocalDate appliedOn, String letter, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into participation_application (state_code, applied_on, status, letter, submitted_by, submitted_at) "
				+ "values (?, ?, 'SUBMITTED', ?, ?, ?)").params(state, appliedOn, letter, by, time(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	void insertEvidence(long id, SupplyEvidence e, LocalDate on, String by, Instant at) {
		jdbc.sql("insert into participation_evidence (application_id, criterion, statement, source, submitted_on, submitted_by, "
				+ "submitted_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, e.criterion(), e.statement(), e.source(), on, by, time(at)).update();
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ApplicationStore::row).optional();
	}

	Optional<Row> lock(long id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query(ApplicationStore::row).optional();
	}

	List<Row> all() {
		return jdbc.sql(SELECT + " order by applied_on, id").query(ApplicationStore::row).list();
	}

	List<Row> ofState(String state) {
		return jdbc.sql(SELECT + " where state_code = ? order by applied_on, id").param(state).query(ApplicationStore::row).list();
	}

	List<ApplicationView.Claim> evidence(long id) {
		return jdbc.sql("select criterion, statement, source, submitted_on, submitted_by from participation_evidence "
				+ "where application_id = ? order by id").param(id)
				.query((rs, n) -> new ApplicationView.Claim(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5)))
				.list();
	}

	void update(long id, ApplicationStatus status, Long proposalId) {
		jdbc.sql("update participation_application set status = ?, proposal_id = coalesce(?, proposal_id) where id = ?")
				.params(status.name(), proposalId, id).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long proposal = rs.getLong(6);
		Long proposalId = rs.wasNull() ? null : proposal; // read at once: wasNull speaks of the last column read
		return new Row(rs.getLong(1), rs.getString(2).strip(), rs.getObject(3, LocalDate.class),
				ApplicationStatus.valueOf(rs.getString(4)), rs.getString(5), proposalId, rs.getString(7));
	}

	private static OffsetDateTime time(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
