package org.plenary.forecast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The saved forecasts (table {@code forecast}): author, creation time, whether shared, title, date,
 * whether built on confidential positions, and the result as JSON. Who may see which is
 * {@link Forecasts}' rule; the queries here apply it.
 */
@Repository
class ForecastStore {

	private static final String COLUMNS = "select id, author, created_at, shared, title, result from forecast ";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ForecastStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Saves {@code draft} (its id is ignored) and returns it with its id, which its result carries too. */
	Forecasts.Saved insert(Forecasts.Saved draft, LocalDate asOf, boolean confidential) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into forecast (author, created_at, shared, title, as_of, result, confidential) values (?, ?, ?, ?, ?, ?, ?)")
			.params(draft.author(), OffsetDateTime.ofInstant(draft.createdAt(), ZoneOffset.UTC), draft.shared(), draft.title(), asOf,
					"{}", confidential)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		ForecastResult withId = draft.result().withId(id);
		jdbc.sql("update forecast set result = ? where id = ?").params(json.writeValueAsString(withId), id).update();
		return new Forecasts.Saved(id, draft.author(), draft.createdAt(), draft.shared(), draft.title(), withId);
	}

	/** {@code username}'s own forecasts and the shared ones (confidential ones only for a PG's user), newest first. */
	List<Forecasts.Saved> visibleTo(String username, boolean pgUser) {
		return jdbc.sql(COLUMNS + "where author = ? or (shared = true and (confidential = false or ?)) order by id desc")
			.params(username, pgUser).query(this::row).list();
	}

	/** Forecast {@code id} if {@code username} may see it. */
	Optional<Forecasts.Saved> find(long id, String username, boolean pgUser) {
		return jdbc.sql(COLUMNS + "where id = ? and (author = ? or (shared = true and (confidential = false or ?)))")
			.params(id, username, pgUser).query(this::row).optional();
	}

	void share(long id, boolean shared) {
		jdbc.sql("update forecast set shared = ? where id = ?").params(shared, id).update();
	}

	private Forecasts.Saved row(ResultSet rs, int n) throws SQLException {
		return new Forecasts.Saved(rs.getLong("id"), rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getBoolean("shared"), rs.getString("title"), json.readValue(rs.getString("result"), ForecastResult.class));
	}
}
