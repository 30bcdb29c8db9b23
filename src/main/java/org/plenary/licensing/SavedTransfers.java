package org.plenary.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.plenary.shared.Caller;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Transfers saved by licensing officers. A transfer is stored only when its officer saves it, and
 * then only that officer's government sees it.
 */
@Service
public class SavedTransfers {

	private final JdbcClient jdbc;
	private final TransferAssessor assessor;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;

	SavedTransfers(JdbcClient jdbc, TransferAssessor assessor, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.assessor = assessor;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** A saved transfer and the decision it had when saved. */
	public record Saved(long id, String government, String savedBy, Instant savedAt, Transfer transfer, TransferDecision decision) {
	}

	@Transactional
	public Saved save(Caller caller, Transfer transfer) {
		caller.requireRole(Role.OFFICER);
		String government = caller.government().value();
		TransferDecision decision = assessor.assess(transfer, caller);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Instant now = clock.instant();
		jdbc.sql("insert into licensing_transfer (government, saved_by, saved_at, transfer, decision) values (?, ?, ?, ?, ?)")
				.params(government, caller.username(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
						json.writeValueAsString(transfer), json.writeValueAsString(decision))
				.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new TransferSaved(caller.username(), id, government, transfer.id(), decision.outcome()));
		return new Saved(id, government, caller.username(), now, transfer, decision);
	}

	@Transactional(readOnly = true)
	public List<Saved> list(Caller caller) {
		caller.requireRole(Role.OFFICER);
		return jdbc.sql("select id, government, saved_by, saved_at, transfer, decision from licensing_transfer "
				+ "where government = ? order by id desc").param(caller.government().value()).query(this::row).list();
	}

	/** Every government's saved transfers, for the server's own checks (screening them again when a published list changes). */
	@Transactional(readOnly = true)
	public List<Saved> all() {
		return jdbc.sql("select id, government, saved_by, saved_at, transfer, decision from licensing_transfer order by id")
				.query(this::row).list();
	}

	@Transactional(readOnly = true)
	public Saved find(Caller caller, long id) {
		caller.requireRole(Role.OFFICER);
		// Another government's transfer does not exist for the caller: the same 404 as an unknown id.
		return jdbc.sql("select id, government, saved_by, saved_at, transfer, decision from licensing_transfer where id = ? "
				+ "and government = ?").params(id, caller.government().value()).query(this::row).optional()
				.orElseThrow(() -> NotFoundException.of("transfer-not-found", "Unknown transfer",
						"No saved transfer of " + caller.government() + " has the id " + id + "."));
	}

	private Saved row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Saved(rs.getLong(1), rs.getString(2).strip(), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), json.readValue(rs.getString(5), Transfer.class),
				json.readValue(rs.getString(6), TransferDecision.class));
	}
}
