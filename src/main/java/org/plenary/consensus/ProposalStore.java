package org.plenary.consensus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.plenary.consensus.proposal.Proposal;
import org.plenary.shared.StateCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The consensus tables. Callers hold the transaction; {@link #lock} serializes changes to one proposal. */
@Repository
class ProposalStore {

	private static final String PROPOSAL = "select id, kind, subject, title, body, procedure_kind, deadline, payload, "
			+ "session_id, application_id, tabled_on, tabled_at, tabled_by, status, decided_on, changes, decided_changes "
			+ "from consensus_proposal";
	private static final String POSITION = "select state_code, stance, statement, basis, source, recorded_on, recorded_at, "
			+ "recorded_by, after_decision from consensus_position";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JsonMapper json;

	ProposalStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	long insert(TableProposal c, StateCode subject, Procedure procedure, LocalDate tabledOn, Instant at, String by,
			List<StateCode> roster) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into consensus_proposal (kind, subject, title, body, procedure_kind, deadline, payload, session_id, "
				+ "application_id, tabled_on, tabled_at, tabled_by, status, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0)")
				.params(c.type().name(), subject == null ? null : subject.value(), c.title(), c.text(), procedure.name(),
						time(c.deadline()), c.payload() == null ? null : json.writeValueAsString(c.payload()), c.sessionId(),
						c.applicationId(), tabledOn, time(at), by)
				.update(keys, "id");
		long id = keys.getKey().longValue();
		template.batchUpdate("insert into consensus_roster (proposal_id, state_code) values (?, ?)", roster, 64,
				(ps, s) -> {
					ps.setLong(1, id);
					ps.setString(2, s.value());
				});
		return id;
	}

	/**
	 * Loads the proposal for a change, locking its row until the transaction ends so that changes to
	 * one proposal are serialized: its row, roster, current positions and (after adoption) statements.
	 */
	Optional<Proposal> load(long id) {
		return lock(id).map(row -> Proposal.of(row, roster(id), byState(current(id)),
				row.status() == ProposalStatus.ADOPTED ? byState(latestStatements(id)) : Map.of()));
	}

	/** Writes what the proposal's registered events changed. */
	void save(Proposal proposal) {
		for (Object event : proposal.events()) {
			if (event instanceof PositionRecorded p) {
				insert(p.proposalId(), p.entry());
			}
			else if (event instanceof ProposalDecided d) {
				insert(d.proposalId(), d.decision(), proposal.row().changes());
			}
			else if (event instanceof SilenceExtended e) {
				jdbc.sql("update consensus_proposal set deadline = ? where id = ?").params(time(e.deadline()), e.proposalId())
						.update();
			}
			else if (event instanceof ProposalWithdrawn w) {
				jdbc.sql("update consensus_proposal set status = ? where id = ?")
						.params(ProposalStatus.WITHDRAWN.name(), w.proposalId()).update();
			}
		}
	}

	private List<PositionEntry> latestStatements(long id) {
		return jdbc.sql(POSITION + " where proposal_id = ? and after_decision = true order by id").param(id)
				.query(ProposalStore::position).list();
	}

	private static Map<StateCode, PositionEntry> byState(List<PositionEntry> entries) {
		Map<StateCode, PositionEntry> map = new HashMap<>();
		entries.forEach(e -> map.put(e.state(), e));
		return map;
	}

	/** Reads and locks the proposal's row until the transaction ends. */
	Optional<ProposalRow> lock(long id) {
		return jdbc.sql(PROPOSAL + " where id = ? for update").param(id).query(this::row).optional();
	}

	Optional<ProposalRow> find(long id) {
		return jdbc.sql(PROPOSAL + " where id = ?").param(id).query(this::row).optional();
	}

	List<ProposalRow> all() {
		return jdbc.sql(PROPOSAL + " order by tabled_on desc, id desc").query(this::row).list();
	}

	List<ProposalRow> adopted() {
		return jdbc.sql(PROPOSAL + " where status = 'ADOPTED' order by decided_on desc, id desc").query(this::row).list();
	}

	List<ProposalRow> inSession(long sessionId) {
		return jdbc.sql(PROPOSAL + " where session_id = ? order by coalesce(agenda_order, 2147483647), id")
				.param(sessionId).query(this::row).list();
	}

	List<Long> dueSilenceProcedures(Instant now) {
		return jdbc.sql("select id from consensus_proposal where procedure_kind = 'SILENCE' and status = 'OPEN' and deadline <= ?")
				.param(time(now)).query(Long.class).list();
	}

	List<StateCode> roster(long id) {
		return jdbc.sql("select state_code from consensus_roster where proposal_id = ? order by state_code").param(id)
				.query((rs, n) -> StateCode.of(rs.getString(1))).list();
	}

	/** Every PG's current position on the proposal. */
	List<PositionEntry> current(long id) {
		return jdbc.sql("select state_code, stance, statement, basis, source, recorded_on, recorded_at, recorded_by, false "
				+ "from consensus_current_position where proposal_id = ? order by state_code").param(id)
				.query(ProposalStore::position).list();
	}

	List<PositionEntry> positions(long id) {
		return jdbc.sql(POSITION + " where proposal_id = ? order by id").param(id).query(ProposalStore::position).list();
	}

	void insert(long id, PositionEntry p) {
		jdbc.sql("insert into consensus_position (proposal_id, state_code, stance, statement, basis, source, recorded_on, "
				+ "recorded_at, recorded_by, after_decision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, p.state().value(), p.position().name(), p.statement(), p.basis().name(), p.source(),
						p.recordedOn(), time(p.recordedAt()), p.recordedBy(), p.afterDecision())
				.update();
		if (!p.afterDecision()) {
			jdbc.sql("update consensus_proposal set changes = changes + 1 where id = ?").param(id).update();
			Object[] values = { p.position().name(), p.statement(), p.basis().name(), p.source(), p.recordedOn(),
					time(p.recordedAt()), p.recordedBy(), id, p.state().value() };
			int updated = jdbc.sql("update consensus_current_position set stance = ?, statement = ?, basis = ?, source = ?, "
					+ "recorded_on = ?, recorded_at = ?, recorded_by = ? where proposal_id = ? and state_code = ?")
					.params(values).update();
			if (updated == 0) {
				jdbc.sql("insert into consensus_current_position (stance, statement, basis, source, recorded_on, recorded_at, "
						+ "recorded_by, proposal_id, state_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
			}
		}
	}

	void insert(long id, Decision d, long changes) {
		jdbc.sql("insert into consensus_decision (proposal_id, status, objectors, reservations, decided_on, decided_at, "
				+ "decided_by, by_silence) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, d.status().name(), codes(d.objectors()), codes(d.reservations()), d.decidedOn(),
						time(d.decidedAt()), d.decidedBy(), d.bySilence())
				.update();
		jdbc.sql("update consensus_proposal set status = ?, decided_on = ?, decided_changes = ? where id = ?")
				.params(d.status().name(), d.decidedOn(), changes, id).update();
	}

	List<Decision> decisions(long id) {
		return jdbc.sql("select status, objectors, reservations, decided_on, decided_at, decided_by, by_silence "
				+ "from consensus_decision where proposal_id = ? order by id").param(id)
				.query((rs, n) -> new Decision(ProposalStatus.valueOf(rs.getString(1)), parse(rs.getString(2)),
						parse(rs.getString(3)), rs.getObject(4, LocalDate.class), instant(rs, 5), rs.getString(6),
						rs.getBoolean(7)))
				.list();
	}

	private ProposalRow row(ResultSet rs, int n) throws SQLException {
		String payload = rs.getString(8);
		return new ProposalRow(rs.getLong(1), ProposalType.valueOf(rs.getString(2)),
				rs.getString(3) == null ? null : StateCode.of(rs.getString(3)), rs.getString(4), rs.getString(5),
				Procedure.valueOf(rs.getString(6)), instant(rs, 7),
				payload == null ? null : json.readValue(payload, ProposalPayload.class), nullableLong(rs, 9),
				nullableLong(rs, 10), rs.getObject(11, LocalDate.class), instant(rs, 12), rs.getString(13),
				ProposalStatus.valueOf(rs.getString(14)), rs.getObject(15, LocalDate.class), rs.getLong(16),
				nullableLong(rs, 17));
	}

	private static PositionEntry position(ResultSet rs, int n) throws SQLException {
		return new PositionEntry(StateCode.of(rs.getString(1)), Position.valueOf(rs.getString(2)), rs.getString(3),
				Basis.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class), instant(rs, 7),
				rs.getString(8), rs.getBoolean(9));
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String codes(List<StateCode> codes) {
		return String.join(",", codes.stream().map(StateCode::value).toList());
	}

	private static List<StateCode> parse(String codes) {
		return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(StateCode::of).toList();
	}
}
