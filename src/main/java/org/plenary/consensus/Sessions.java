package org.plenary.consensus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.plenary.shared.Caller;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plenary sessions: a meeting with dates, a venue and an agenda of proposals. */
@Service
public class Sessions {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Sessions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A Plenary session. */
	public record Session(long id, String title, String venue, LocalDate opensOn, LocalDate closesOn) {
	}

	/** The Chair's command to convene a session; lengths as the columns of {@code consensus_session}. */
	public record OpenSession(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String title,
			@jakarta.validation.constraints.Size(max = 200) String venue,
			@jakarta.validation.constraints.NotNull LocalDate opensOn, LocalDate closesOn) {
	}

	@Transactional
	public Session open(Caller caller, OpenSession c) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(c);
		LocalDate closes = c.closesOn() == null ? c.opensOn() : c.closesOn();
		if (closes.isBefore(c.opensOn())) {
			throw InvalidInputException.of("invalid-dates", "Session closes before it opens",
					"'closesOn' (" + closes + ") is before 'opensOn' (" + c.opensOn() + ").");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into consensus_session (title, venue, opens_on, closes_on, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
				.params(c.title(), c.venue(), c.opensOn(), closes, caller.username(), ProposalStore.time(clock.instant()))
				.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new SessionOpened(caller.username(), id, c));
		return new Session(id, c.title(), c.venue(), c.opensOn(), closes);
	}

	/** Every session, the latest first. */
	@Transactional(readOnly = true)
	public java.util.List<Session> list() {
		return jdbc.sql("select id, title, venue, opens_on, closes_on from consensus_session order by opens_on desc, id desc")
				.query((rs, n) -> new Session(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
				.list();
	}

	@Transactional(readOnly = true)
	public Session require(long id) {
		return jdbc.sql("select id, title, venue, opens_on, closes_on from consensus_session where id = ?").param(id)
				.query((rs, n) -> new Session(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
				.optional()
				.orElseThrow(() -> NotFoundException.of("session-not-found", "Unknown session",
						"No Plenary session has the id " + id + ".", Map.of("sessionId", id)));
	}
}
