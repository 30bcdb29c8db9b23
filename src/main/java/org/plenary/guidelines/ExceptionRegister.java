package org.plenary.guidelines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.plenary.consensus.ExceptionAdopted;
import org.plenary.consensus.ExceptionPayload;
import org.plenary.shared.Citations;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the exceptions adopted by consensus: stores each {@link ExceptionAdopted} (from the
 * persisted event publication, so none is lost) and hands it to {@link Guidelines} at once. The
 * Guidelines bean starts with those already stored. Each newly stored exception is published as
 * {@link ExceptionApplied}, which the audit chain records in the same transaction.
 */
@Component
class ExceptionRegister {

	private final JdbcClient jdbc;
	private final Guidelines guidelines;
	private final ApplicationEventPublisher events;

	ExceptionRegister(JdbcClient jdbc, Guidelines guidelines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.guidelines = guidelines;
		this.events = events;
	}

	/** The exceptions already adopted and stored, for the Guidelines bean to start with. */
	static java.util.List<AdoptedException> stored(JdbcClient jdbc) {
		return jdbc.sql("select reference, title, state_code, lists, activity, waives, excludes, valid_from, source, verified, "
				+ "origin from guidelines_exception order by id").query(ExceptionRegister::row).list();
	}

	// Synchronous, in the committing thread once the decision has committed (in a transaction of its own), so the
	// decision's response is sent after this view is current: read your writes. The publication is still persisted
	// and completed by Spring Modulith, so a crash in between is resubmitted (docs/scaling.md).
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ExceptionAdopted adopted) {
		ExceptionPayload p = adopted.payload();
		Integer stored = jdbc.sql("select count(*) from guidelines_exception where proposal_id = ?").param(adopted.proposalId())
				.query(Integer.class).single();
		AdoptedException exception = new AdoptedException(adopted.reference(), adopted.title(), p.state().value(),
				java.util.Set.copyOf(p.lists()), p.activity(), names(p.waives()), names(p.excludes()), adopted.date(),
				Citations.shipped().describe(adopted.reference()), true, "DECISION", Citations.shipped().cite(adopted.reference()));
		if (stored == 0) {
			jdbc.sql("insert into guidelines_exception (reference, title, state_code, lists, activity, waives, excludes, "
					+ "valid_from, source, verified, proposal_id, origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, 'DECISION')")
					.params(exception.reference(), exception.title(), exception.state(), join(exception.lists()),
							exception.activity().name(), String.join(" ", exception.waives()), String.join(" ", exception.excludes()),
							exception.validFrom(), exception.source(), adopted.proposalId())
					.update();
			events.publishEvent(new ExceptionApplied(adopted.proposalId(), exception.state(), exception.validFrom(),
					exception.reference()));
		}
		guidelines.add(exception);
	}

	private static AdoptedException row(ResultSet rs, int n) throws SQLException {
		return new AdoptedException(rs.getString(1), rs.getString(2), rs.getString(3).strip(),
				GuidelinesData.words(rs.getString(4)).stream().map(ControlList::valueOf).collect(Collectors.toUnmodifiableSet()),
				EndUseActivity.valueOf(rs.getString(5)), GuidelinesData.words(rs.getString(6)),
				GuidelinesData.words(rs.getString(7)), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getBoolean(10),
				rs.getString(11), Citations.shipped().cite(rs.getString(9)));
	}

	private static java.util.Set<String> names(java.util.List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
	}

	private static String join(java.util.Set<ControlList> lists) {
		return lists.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
	}
}
