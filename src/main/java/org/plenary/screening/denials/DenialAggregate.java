package org.plenary.screening.denials;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.plenary.shared.Caller;
import org.plenary.shared.ControlList;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.Role;

/**
 * A denial with its rules, in plain Java: a PG's licensing officer notifies it for their own
 * government; only that government's officers amend, revoke or (after a consultation) withdraw it;
 * its terms name an entry of a control list in force on its date (or {@code UNLISTED} for a
 * catch-all), a date not after today; it counts from its date for the policy's validity, while
 * ACTIVE. Each change registers its past-tense {@link DenialEvent}, which the register publishes
 * once the change is stored. {@link Denial} is what a reader sees of it.
 */
final class DenialAggregate {

	static final String ACTIVE = "ACTIVE";
	static final String REVOKED = "REVOKED";
	static final String WITHDRAWN = "WITHDRAWN";

	private Long id;
	private final String notifyingPg;
	private final String notifiedBy;
	private String status;
	private NotifyDenial terms;
	private LocalDate deniedOn;
	private LocalDate validUntil;
	private Instant changedAt;
	private final List<DenialEvent> events = new ArrayList<>();

	private DenialAggregate(Long id, String notifyingPg, String notifiedBy, String status, NotifyDenial terms, LocalDate deniedOn,
			LocalDate validUntil) {
		this.id = id;
		this.notifyingPg = notifyingPg;
		this.notifiedBy = notifiedBy;
		this.status = status;
		this.terms = terms;
		this.deniedOn = deniedOn;
		this.validUntil = validUntil;
	}

	/** A new denial of the caller's government, checked, active, not yet stored: {@link #numbered} gives it its id. */
	static DenialAggregate notify(Caller caller, NotifyDenial command, DenialPolicy policy) {
		requireOfficer(caller);
		checkTerms(command, policy);
		DenialAggregate denial = new DenialAggregate(null, caller.government().value(), caller.username(), ACTIVE, command,
				command.deniedOn(), policy.validUntil(command.deniedOn()));
		denial.changedAt = policy.clock().instant();
		return denial;
	}

	/** A stored denial, to change. */
	static DenialAggregate of(Denial stored) {
		return new DenialAggregate(stored.id(), stored.notifyingPg(), stored.notifiedBy(), stored.status(), null, stored.deniedOn(),
				stored.validUntil());
	}

	/** The register stored the new denial under {@code id}: it is notified. */
	void numbered(long id) {
		if (this.id != null) {
			throw new IllegalStateException("Denial " + this.id + " is already stored");
		}
		this.id = id;
		events.add(new DenialNotified(notifiedBy, id, terms));
	}

	/** New terms, from the notifying government's officer; the validity runs from the new date. */
	void amend(Caller caller, NotifyDenial command, DenialPolicy policy) {
		requireOwnedBy(caller);
		checkTerms(command, policy);
		terms = command;
		deniedOn = command.deniedOn();
		validUntil = policy.validUntil(command.deniedOn());
		changedAt = policy.clock().instant();
		events.add(new DenialAmended(caller.username(), id, command));
	}

	/** The notifying government's officer revokes the denial: it stops matching. */
	void revoke(Caller caller, Clock clock) {
		end(caller, clock, REVOKED, new DenialRevoked(caller.username(), id));
	}

	/** The notifying government's officer withdraws the denial in answer to a consultation: it stops matching. */
	void withdraw(Caller caller, Clock clock) {
		end(caller, clock, WITHDRAWN, new DenialWithdrawn(caller.username(), id));
	}

	private void end(Caller caller, Clock clock, String newStatus, DenialEvent ended) {
		requireOwnedBy(caller);
		status = newStatus;
		changedAt = clock.instant();
		events.add(ended);
	}

	/** Whether the denial counts on {@code day}: active, already notified, not yet expired. */
	boolean countsOn(LocalDate day) {
		return counts(status, deniedOn, validUntil, day);
	}

	static boolean counts(String status, LocalDate deniedOn, LocalDate validUntil, LocalDate day) {
		return status.equals(ACTIVE) && !day.isBefore(deniedOn) && !day.isAfter(validUntil);
	}

	/** Only a licensing officer notifies or changes a denial. */
	static void requireOfficer(Caller caller) {
		caller.requireRole(Role.OFFICER);
	}

	private void requireOwnedBy(Caller caller) {
		requireOfficer(caller);
		if (!notifyingPg.equals(caller.government().value())) {
			throw ForbiddenException.of("not-your-denial", "Not your government's denial",
					"Denial " + id + " was notified by " + notifyingPg + "; only its licensing officers change it.");
		}
	}

	private static void checkTerms(NotifyDenial c, DenialPolicy policy) {
		Inputs.valid(c);
		if (c.list() != ControlList.UNLISTED && (c.entry() == null || c.entry().isBlank())) {
			throw InvalidInputException.of("missing-entry", "Missing entry",
					"A denial of a listed item needs 'entry' (e.g. 1.B.2); use list UNLISTED for a catch-all denial.");
		}
		if (c.deniedOn().isAfter(policy.today())) {
			throw InvalidInputException.of("date-in-future", "Date in the future", "'deniedOn' is after today.");
		}
		String problem = c.list() == ControlList.UNLISTED ? null : policy.entries().problem(c.list(), c.entry().strip(), c.deniedOn());
		if (problem != null) {
			throw InvalidFieldsException.of("entry", "is '" + Inputs.shown(c.entry()) + "': " + problem + "; GET /api/control-lists?list="
					+ c.list() + "&asOf=" + c.deniedOn() + " shows the entries");
		}
	}

	/** The events registered since the last call, in order; they are handed over once. */
	List<DenialEvent> takeEvents() {
		List<DenialEvent> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	Long id() {
		return id;
	}

	String notifyingPg() {
		return notifyingPg;
	}

	String notifiedBy() {
		return notifiedBy;
	}

	String status() {
		return status;
	}

	/** The terms as last notified or amended here; null for a stored denial not changed since loading. */
	NotifyDenial terms() {
		return terms;
	}

	LocalDate deniedOn() {
		return deniedOn;
	}

	LocalDate validUntil() {
		return validUntil;
	}

	/** When the last change happened. */
	Instant changedAt() {
		return changedAt;
	}
}
