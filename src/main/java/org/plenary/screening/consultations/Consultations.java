package org.plenary.screening.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.plenary.screening.denials.Denial;
import org.plenary.screening.denials.DenialNotFoundException;
import org.plenary.screening.denials.Denials;
import org.plenary.shared.Caller;
import org.plenary.shared.ConflictException;
import org.plenary.shared.FreeText;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.Role;
import org.plenary.shared.RuleRefusedException;
import org.plenary.shared.StateCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations before undercutting another PG's denial. Each has a deadline (30 days by default,
 * {@code plenary.screening.consultation-days}) and the inbox reminds both sides of it; every step is
 * kept and audited (through its event).
 */
@Service
public class Consultations {

	/** The denying PG's answer. */
	public enum Answer {
		MAINTAIN, WITHDRAW, INFORMATION
	}

	/** The consulting PG's decision on its transfer. */
	public enum Outcome {
		APPROVED, DENIED, NOT_PROCEEDING
	}

	/** The consulting PG's request: what it is about (one line, as {@code screening_consultation.subject}), and its deadline. */
	public record Open(@Size(max = 1000) String subject, LocalDate deadline) {
	}

	public record Reply(@NotNull Answer answer, @FreeText @Size(max = 4000) String text) {
	}

	public record Decide(@NotNull Outcome decision, @FreeText @Size(max = 4000) String text) {
	}

	private final ConsultationStore store;
	private final Denials denials;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int days;

	Consultations(ConsultationStore store, Denials denials, ApplicationEventPublisher events, Clock clock,
			@Value("${plenary.screening.consultation-days:30}") int days) {
		this.store = store;
		this.denials = denials;
		this.events = events;
		this.clock = clock;
		this.days = days;
	}

	@Transactional
	public Consultation open(Caller caller, long denialId, Open command) {
		caller.requireRole(Role.OFFICER);
		Inputs.valid(command);
		if (command != null && command.deadline() != null && command.deadline().isBefore(LocalDate.now(clock))) {
			throw InvalidFieldsException.of("deadline", "is " + command.deadline() + ", before today (" + LocalDate.now(clock)
					+ "); a consultation's deadline is today or later");
		}
		Denial denial = consultable(caller, denialId);
		LocalDate deadline = command != null && command.deadline() != null ? command.deadline() : LocalDate.now(clock).plusDays(days);
		String subject = command != null && command.subject() != null ? command.subject()
				: "Essentially identical transfer to " + denial.endUserName() + " (" + denial.destination() + ")";
		long id = store.open(denialId, caller.government().value(), denial.notifyingPg(), subject, deadline, caller.username());
		events.publishEvent(new ConsultationOpened(caller.username(), id, denialId, subject));
		return find(caller, id);
	}

	/** The denial, once it is another PG's and active: a PG consults the others, and only on what still counts. */
	private Denial consultable(Caller caller, long denialId) {
		Denial denial = denials.find(caller, denialId);
		String pg = caller.government().value();
		if (denial.notifyingPg().equals(pg)) {
			throw RuleRefusedException.of("own-denial", "Your own denial", "Denial " + denialId + " is " + pg
					+ "'s own; a PG consults the others, not itself.");
		}
		if (!denial.status().equals("ACTIVE")) {
			throw ConflictException.of("denial-not-active", "Denial not active", "Denial " + denialId + " is " + denial.status()
					+ "; there is nothing to consult on.");
		}
		return denial;
	}

	@Transactional
	public Consultation reply(Caller caller, long id, Reply reply) {
		Inputs.valid(reply);
		Consultation c = visible(caller, lock(id));
		caller.requireActsFor(StateCode.of(c.denyingPg()), Role.OFFICER);
		if (!c.status().equals("OPEN")) {
			throw ConflictException.of("consultation-answered", "Already answered", "Consultation " + id + " is " + c.status() + ".");
		}
		store.answer(id, reply, caller.username());
		events.publishEvent(new ConsultationAnswered(caller.username(), id, reply));
		if (reply.answer() == Answer.WITHDRAW) {
			denials.withdraw(caller, c.denialId());
		}
		return find(caller, id);
	}

	@Transactional
	public Consultation decide(Caller caller, long id, Decide decision) {
		Inputs.valid(decision);
		Consultation c = visible(caller, lock(id));
		caller.requireActsFor(StateCode.of(c.consultingPg()), Role.OFFICER);
		if (c.decision() != null) {
			throw ConflictException.of("consultation-decided", "Already decided", "Consultation " + id + " was decided "
					+ c.decision() + ".");
		}
		store.decide(id, decision, caller.username());
		events.publishEvent(new ConsultationDecided(caller.username(), id, decision));
		return find(caller, id);
	}

	/** The consultations of the caller's government, as consulting or denying PG, soonest deadline first. */
	@Transactional(readOnly = true)
	public List<Consultation> inbox(Caller caller) {
		Denials.requirePg(caller);
		if (caller.government() == null) {
			return List.of(); // the Chair acts for the Group, not in bilateral consultations
		}
		return store.of(caller.government().value());
	}

	/**
	 * One consultation, for the two governments in it. To anyone else it does not exist: the same 404
	 * as an unknown id, so that outsiders cannot count consultations or learn who consults whom.
	 */
	@Transactional(readOnly = true)
	public Consultation find(Caller caller, long id) {
		Denials.requirePg(caller);
		return visible(caller, store.find(id).orElseThrow(() -> DenialNotFoundException.consultation(id)));
	}

	/** One consultation, for internal readers that tell its two governments about it (notifications); no caller check. */
	@Transactional(readOnly = true)
	public java.util.Optional<Consultation> about(long id) {
		return store.find(id);
	}

	/** The unanswered consultations whose deadline is from today up to {@code by}, for reminders (notifications). */
	@Transactional(readOnly = true)
	public List<Consultation> openDueBy(LocalDate by) {
		return store.openBetween(LocalDate.now(clock), by);
	}

	private static Consultation visible(Caller caller, Consultation c) {
		String pg = caller.government() == null ? null : caller.government().value();
		if (!c.consultingPg().equals(pg) && !c.denyingPg().equals(pg)) {
			throw DenialNotFoundException.consultation(c.id());
		}
		return c;
	}

	private Consultation lock(long id) {
		return store.lock(id).orElseThrow(() -> DenialNotFoundException.consultation(id));
	}
}
