package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.List;

import org.plenary.consensus.GuidelinesAmended;
import org.plenary.consensus.GuidelinesAmendment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the amendments adopted by consensus: stores each {@link GuidelinesAmended} (from the
 * persisted event publication, so none is lost) and applies it to {@link Guidelines} at once as the
 * next revision of its Part. The Guidelines bean starts with those already stored, in the order they
 * were adopted. Each newly stored amendment is published as {@link AmendmentApplied}, which the
 * audit chain records in the same transaction.
 */
@Component
class AmendmentRegister {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Guidelines guidelines;
	private final ApplicationEventPublisher events;

	AmendmentRegister(JdbcClient jdbc, JsonMapper json, Guidelines guidelines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.guidelines = guidelines;
		this.events = events;
	}

	/** The amendments already adopted and stored, oldest first, for the Guidelines bean to start with. */
	static List<AdoptedAmendment> stored(JdbcClient jdbc, JsonMapper json) {
		return jdbc.sql("select proposal_id, reference, title, effective, amendment from guidelines_amendment order by id")
				.query((rs, n) -> new AdoptedAmendment(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), json.readValue(rs.getString(5), GuidelinesAmendment.class)))
				.list();
	}

	// Synchronous, in the committing thread once the decision has committed (in a transaction of its own), so the
	// decision's response is sent after this view is current: read your writes. The publication is still persisted
	// and completed by Spring Modulith, so a crash in between is resubmitted (docs/scaling.md).
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(GuidelinesAmended adopted) {
		AdoptedAmendment amendment = new AdoptedAmendment(adopted.proposalId(), adopted.reference(), adopted.title(),
				adopted.effective(), adopted.amendment());
		Integer stored = jdbc.sql("select count(*) from guidelines_amendment where proposal_id = ?").param(adopted.proposalId())
				.query(Integer.class).single();
		if (stored == 0) {
			jdbc.sql("insert into guidelines_amendment (proposal_id, reference, title, part, effective, amendment) "
					+ "values (?, ?, ?, ?, ?, ?)")
					.params(amendment.proposalId(), amendment.reference(), amendment.title(), amendment.part(),
							amendment.effective(), json.writeValueAsString(amendment.amendment()))
					.update();
		}
		Revision revision = guidelines.apply(amendment);
		if (stored == 0) {
			events.publishEvent(new AmendmentApplied(amendment.proposalId(), revision.document(), revision.validFrom(),
					amendment.reference()));
		}
	}
}
