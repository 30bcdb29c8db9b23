package org.plenary.screening.denials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.plenary.shared.ControlList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The denials table. */
@Repository
class DenialStore {

	private static final String SELECT = "select id, notifying_pg, reference, denied_on, list_kind, entry, end_user_name, aliases, "
			+ "address, destination, end_use, reason_class, status, valid_until, notified_by from screening_denial";

	private final JdbcClient jdbc;

	DenialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new denial as notified; returns its id. */
	long insert(DenialAggregate d) {
		NotifyDenial t = d.terms();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into screening_denial (notifying_pg, reference, denied_on, list_kind, entry, end_user_name, aliases, "
				+ "address, destination, end_use, reason_class, status, valid_until, notified_by, notified_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(d.notifyingPg(), t.reference(), t.deniedOn(), t.list().name(), t.entry(), t.endUser().name(), aliases(t),
						t.endUser().address(), destination(t), t.endUse(), t.reasonClass().name(), d.status(), d.validUntil(),
						d.notifiedBy(), time(d.changedAt()))
				.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Stores an amended denial's new terms. */
	void amend(DenialAggregate d) {
		NotifyDenial t = d.terms();
		jdbc.sql("update screening_denial set reference = ?, denied_on = ?, list_kind = ?, entry = ?, end_user_name = ?, "
				+ "aliases = ?, address = ?, destination = ?, end_use = ?, reason_class = ?, valid_until = ?, amended_at = ? where id = ?")
				.params(t.reference(), t.deniedOn(), t.list().name(), t.entry(), t.endUser().name(), aliases(t),
						t.endUser().address(), destination(t), t.endUse(), t.reasonClass().name(), d.validUntil(), time(d.changedAt()),
						d.id())
				.update();
	}

	/** Stores a revoked or withdrawn denial's status. */
	void status(DenialAggregate d) {
		jdbc.sql("update screening_denial set status = ?, amended_at = ? where id = ?").params(d.status(), time(d.changedAt()), d.id())
				.update();
	}

	Optional<Denial> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(DenialStore::row).optional();
	}

	Optional<Denial> lock(long id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query(DenialStore::row).optional();
	}

	List<Denial> all() {
		return jdbc.sql(SELECT + " order by denied_on desc, id desc").query(DenialStore::row).list();
	}

	List<Denial> active() {
		return jdbc.sql(SELECT + " where status = 'ACTIVE'").query(DenialStore::row).list();
	}

	private static String destination(NotifyDenial d) {
		return d.destination().toUpperCase(java.util.Locale.ROOT);
	}

	private static String aliases(NotifyDenial d) {
		return d.endUser().aliases() == null ? null : String.join("\n", d.endUser().aliases());
	}

	private static Denial row(ResultSet rs, int n) throws SQLException {
		String aliases = rs.getString(8);
		return new Denial(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getObject(4, LocalDate.class),
				ControlList.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
				aliases == null || aliases.isBlank() ? List.of() : Arrays.asList(aliases.split("\n")), rs.getString(9),
				rs.getString(10).strip(), rs.getString(11), rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class),
				rs.getString(15));
	}

	static OffsetDateTime time(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
