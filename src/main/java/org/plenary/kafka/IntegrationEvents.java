package org.plenary.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.plenary.consensus.Decision;
import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.ProposalDecided;
import org.plenary.screening.denials.DenialRecorded;
import org.plenary.shared.ControlList;
import org.plenary.shared.StateCode;

/**
 * The integration events, one record per schema. Their components are the JSON fields, in this
 * order; {@code null} values are written as {@code null}. They name no domain class: a change inside
 * a module changes the mapping here, not the contract (docs/events.md).
 */
public final class IntegrationEvents {

	private IntegrationEvents() {
	}

	/**
	 * {@code plenary.denial/1} on {@code plenary.denials}, key the denial id: the denial as the register
	 * holds it after the change, with all that its index needs to judge a transfer (destination, list
	 * and entry, names, denying PG, dates, status).
	 */
	public record Denial(String schema, String type, long denialId, String reference, String denyingPg, String recipientState,
			String endUser, List<String> endUserAliases, String endUserAddress, String endUserCountry, List<String> items,
			String list, LocalDate notifiedOn, LocalDate validUntil, String status, boolean active, String endUse,
			String reasonClass, Instant occurredAt) implements IntegrationEvent {

		public static final String SCHEMA = "plenary.denial/1";

		static Denial of(DenialRecorded recorded) {
			org.plenary.screening.denials.Denial d = recorded.denial();
			List<String> items = d.list() == ControlList.UNLISTED || d.entry() == null ? List.of() : List.of(d.entry());
			return new Denial(SCHEMA, recorded.change(), d.id(), d.reference(), d.notifyingPg(), d.destination(), d.endUserName(),
					d.aliases() == null ? List.of() : List.copyOf(d.aliases()), d.address(), null, items, d.list().name(),
					d.deniedOn(), d.validUntil(), d.status(), recorded.active(), d.endUse(), d.reasonClass(), recorded.at());
		}

		@Override
		public String topic() {
			return Topics.DENIALS;
		}

		@Override
		public String key() {
			return String.valueOf(denialId);
		}
	}

	/** {@code plenary.exception/1} on {@code plenary.exceptions}, key the state: an exception adopted by consensus. */
	public record ExceptionAdopted(String schema, long proposalId, String reference, String title, String state,
			List<String> lists, String activity, List<String> waives, List<String> excludes, LocalDate adoptedOn,
			Instant occurredAt) implements IntegrationEvent {

		public static final String SCHEMA = "plenary.exception/1";

		static ExceptionAdopted of(org.plenary.consensus.ExceptionAdopted e, Instant at) {
			var p = e.payload();
			return new ExceptionAdopted(SCHEMA, e.proposalId(), e.reference(), e.title(), code(p.state()),
					p.lists().stream().map(Enum::name).toList(), p.activity() == null ? null : p.activity().name(),
					p.waives().stream().map(Enum::name).toList(), p.excludes().stream().map(Enum::name).toList(), e.date(), at);
		}

		@Override
		public String topic() {
			return Topics.EXCEPTIONS;
		}

		@Override
		public String key() {
			return state;
		}
	}

	/** {@code plenary.participant/1} on {@code plenary.participants}, key the state: a state admitted as a PG. */
	public record ParticipantAdmitted(String schema, String state, LocalDate admittedOn, long proposalId, String reference,
			Instant occurredAt) implements IntegrationEvent {

		public static final String SCHEMA = "plenary.participant/1";

		static ParticipantAdmitted of(org.plenary.consensus.ParticipantAdmitted e, Instant at) {
			return new ParticipantAdmitted(SCHEMA, code(e.state()), e.date(), e.proposalId(), e.reference(), at);
		}

		@Override
		public String topic() {
			return Topics.PARTICIPANTS;
		}

		@Override
		public String key() {
			return state;
		}
	}

	/**
	 * {@code plenary.guidelines/1} on {@code plenary.guidelines}, key {@code INFCIRC/254/Part N}: an
	 * amendment adopted, the next revision of its Part from {@code effectiveOn}, with its paragraphs
	 * and entries as the guidelines module stores them.
	 */
	public record GuidelinesAmended(String schema, String part, int partNumber, String list, long proposalId,
			String reference, String title, LocalDate effectiveOn, List<Paragraph> paragraphs, Entries entries,
			Instant occurredAt) implements IntegrationEvent {

		public static final String SCHEMA = "plenary.guidelines/1";

		public record Paragraph(String id, String text) {
		}

		public record Entry(String entry, String title, String parent) {
		}

		public record Entries(List<Entry> add, List<Entry> change, List<String> remove) {
		}

		static GuidelinesAmended of(org.plenary.consensus.GuidelinesAmended e, Instant at) {
			GuidelinesAmendment a = e.amendment();
			List<Paragraph> paragraphs = a.paragraphs() == null ? List.of()
					: a.paragraphs().stream().map(p -> new Paragraph(p.id(), p.text())).toList();
			GuidelinesAmendment.EntryChanges changes = a.entries();
			Entries entries = new Entries(changes == null ? List.of() : entries(changes.add()),
					changes == null ? List.of() : entries(changes.change()),
					changes == null || changes.remove() == null ? List.of() : List.copyOf(changes.remove()));
			return new GuidelinesAmended(SCHEMA, "INFCIRC/254/Part " + a.part(), a.part(), a.list(), e.proposalId(), e.reference(),
					e.title(), e.effective(), paragraphs, entries, at);
		}

		private static List<Entry> entries(List<GuidelinesAmendment.Entry> entries) {
			return entries == null ? List.of() : entries.stream().map(x -> new Entry(x.entry(), x.title(), x.parent())).toList();
		}

		@Override
		public String topic() {
			return Topics.GUIDELINES;
		}

		@Override
		public String key() {
			return part;
		}
	}

	/**
	 * {@code plenary.decision/1} on {@code plenary.decisions}, key the proposal id: a proposal decided
	 * (adopted, blocked or left pending), by the Chair or at a silence procedure's deadline.
	 */
	public record DecisionTaken(String schema, long proposalId, String type, String outcome, LocalDate decidedOn,
			boolean bySilence, List<String> objectors, List<String> reservations, Instant occurredAt) implements IntegrationEvent {

		public static final String SCHEMA = "plenary.decision/1";

		static DecisionTaken of(ProposalDecided e, Instant at) {
			Decision d = e.decision();
			return new DecisionTaken(SCHEMA, e.proposalId(), e.type().name(), d.status().name(), d.decidedOn(), d.bySilence(),
					codes(d.objectors()), codes(d.reservations()), d.decidedAt() == null ? at : d.decidedAt());
		}

		@Override
		public String topic() {
			return Topics.DECISIONS;
		}

		@Override
		public String key() {
			return String.valueOf(proposalId);
		}
	}

	private static String code(StateCode state) {
		return state == null ? null : state.value();
	}

	private static List<String> codes(List<StateCode> states) {
		return states == null ? List.of() : states.stream().map(IntegrationEvents::code).toList();
	}
}
