package org.plenary.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.plenary.registry.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry's tables in the database: states, dated facts, participation, and the loaded dataset version. */
@Repository
class RegistryStore implements RegistryTables {

	private static final String DATASET = "reference";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	RegistryStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public Optional<Integer> storedVersion() {
		return jdbc.sql("select version from registry_dataset where name = ?").param(DATASET).query(Integer.class).optional();
	}

	/** Replaces the shipped reference data in one transaction; facts recorded by decisions stay. */
	@Override
	@Transactional
	public void replaceReference(ReferenceData data) {
		jdbc.sql("delete from registry_fact where origin = 'REFERENCE'").update();
		jdbc.sql("delete from registry_participation where origin = 'REFERENCE'").update();
		jdbc.sql("delete from registry_state").update();
		template.batchUpdate("insert into registry_state (code, name, un_member) values (?, ?, ?)", data.states(), 256,
				(ps, s) -> {
					ps.setString(1, s.code());
					ps.setString(2, s.name());
					ps.setBoolean(3, s.unMember());
				});
		template.batchUpdate("insert into registry_fact (state_code, kind, fact_value, valid_from, from_precision, valid_to, "
				+ "source, verified, note, origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", data.facts(), 512, (ps, sf) -> {
					Fact f = sf.fact();
					ps.setString(1, sf.state());
					ps.setString(2, f.kind().name());
					ps.setString(3, f.value());
					ps.setDate(4, sqlDate(f.validFrom()));
					ps.setString(5, f.fromPrecision().name());
					ps.setDate(6, sqlDate(f.validTo()));
					ps.setString(7, f.source());
					ps.setBoolean(8, f.verified());
					ps.setString(9, f.note());
					ps.setString(10, f.origin());
				});
		data.participations().forEach(this::insert);
		int updated = jdbc.sql("update registry_dataset set version = ?, loaded_at = ? where name = ?")
				.params(data.version(), Timestamp.from(Instant.now()), DATASET).update();
		if (updated == 0) {
			jdbc.sql("insert into registry_dataset (name, version, loaded_at) values (?, ?, ?)")
					.params(DATASET, data.version(), Timestamp.from(Instant.now())).update();
		}
	}

	@Override
	public void insert(Participation p) {
		jdbc.sql("insert into registry_participation (state_code, regime, valid_from, from_precision, valid_to, source, "
				+ "verified, note, origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(p.state(), p.regime(), sqlDate(p.validFrom()), p.fromPrecision().name(), sqlDate(p.validTo()),
						p.source(), p.verified(), p.note(), p.origin())
				.update();
	}

	@Override
	public List<State> states() {
		return jdbc.sql("select code, name, un_member from registry_state order by name")
				.query((rs, n) -> new State(rs.getString(1).strip(), rs.getString(2), rs.getBoolean(3))).list();
	}

	@Override
	public List<ReferenceData.StateFact> facts() {
		return jdbc.sql("select state_code, kind, fact_value, valid_from, from_precision, valid_to, source, verified, note, origin "
				+ "from registry_fact order by state_code, valid_from nulls first, id").query(RegistryStore::fact).list();
	}

	@Override
	public List<Participation> participations() {
		return jdbc.sql("select state_code, regime, valid_from, from_precision, valid_to, source, verified, note, origin "
				+ "from registry_participation order by valid_from, state_code").query((rs, n) -> new Participation(
						rs.getString(1).strip(), rs.getString(2), localDate(rs, 3), localDate(rs, 5),
						Precision.valueOf(rs.getString(4)), rs.getString(6), List.of(), rs.getBoolean(7), rs.getString(8),
						rs.getString(9), List.of()))
				.list();
	}

	private static ReferenceData.StateFact fact(ResultSet rs, int n) throws SQLException {
		return new ReferenceData.StateFact(rs.getString(1).strip(), new Fact(FactKind.valueOf(rs.getString(2)),
				rs.getString(3), localDate(rs, 4), localDate(rs, 6), Precision.valueOf(rs.getString(5)), rs.getString(7),
				List.of(), rs.getBoolean(8), rs.getString(9), rs.getString(10), List.of()));
	}

	private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
