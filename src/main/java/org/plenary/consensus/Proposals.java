package org.plenary.consensus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plenary.audit.AuditLog;
import org.plenary.shared.Caller;
import org.plenary.shared.ConflictException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.Role;
import org.plenary.shared.RuleRefusedException;
import org.plenary.shared.StateCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consensus module's public API. Only the Chair tables and decides; only a PG's own delegate
 * records that PG's position. Every change is audited in its own transaction, and its effects are
 * published as events in the same transaction (persisted by Spring Modulith, so none is lost).
 */
@Service
public class Proposals {

	private final ProposalStore store;
	private final Sessions sessions;
	private final ParticipatingGovernments governments;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Proposals(ProposalStore store, Sessions sessions, ParticipatingGovernments governments, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.sessions = sessions;
		this.governments = governments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Tables a proposal; its roster is the PGs on {@code tabledOn} (default today). */
	@Transactional
	public ProposalView table(Caller caller, TableProposal command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		LocalDate tabledOn = pastOrToday(command.tabledOn(), "tabledOn");
		List<StateCode> roster = governments.on(tabledOn);
		if (roster.isEmpty()) {
			throw RuleRefusedException.of("no-roster", "No Participating Government that day",
					"'tabledOn' is " + tabledOn + ", when the NSG had no Participating Government on its roster; a proposal's "
							+ "roster is the PGs on the day it is tabled, so table it on a day since the first PGs joined.",
					Map.of("field", "tabledOn"));
		}
		Procedure procedure = command.procedure() == null ? Procedure.PLENARY : command.procedure();
		StateCode subject = ProposalValidation.subject(command, governments, tabledOn);
		ProposalValidation.procedure(procedure, command.deadline(), clock.instant());
		if (command.sessionId() != null) {
			sessions.require(command.sessionId());
		}
		long id = store.insert(command, subject, procedure, tabledOn, clock.instant(), caller.username(), roster);
		audit.append(caller.username(), "proposal.tabled", "proposal/" + id, command);
		return view(id);
	}

	/**
	 * Records {@code state}'s position. Recording the same position and statement again changes
	 * nothing; after adoption, what is recorded is kept as a statement that does not change the decision.
	 *
	 * @return the entry now current for that PG, and whether this call recorded it
	 */
	@Transactional
	public Recorded record(Caller caller, long id, StateCode state, RecordPosition command) {
		caller.requireActsFor(state, Role.DELEGATE);
		Inputs.valid(command);
		ProposalStore.Row proposal = store.lock(id).orElseThrow(() -> ProposalNotFoundException.forId(id));
		if (!store.onRoster(id, state)) {
			throw RuleRefusedException.of("not-on-roster", "Not on the roster",
					state + " was not a Participating Government on " + proposal.tabledOn() + ", when proposal " + id
							+ " was tabled, so it takes no position on it.",
					Map.of("proposalId", id, "state", state.value()));
		}
		LocalDate on = pastOrToday(command.on(), "on");
		if (on.isBefore(proposal.tabledOn())) {
			throw RuleRefusedException.of("position-before-tabling", "Position before the proposal was tabled",
					"A position taken on " + on + " cannot precede the tabling of proposal " + id + " on "
							+ proposal.tabledOn() + ".");
		}
		boolean after = proposal.status() == ProposalStatus.ADOPTED;
		Basis basis = command.basis() == null ? Basis.RECORDED : command.basis();
		PositionEntry entry = new PositionEntry(state, command.position(), command.statement(), basis, command.source(),
				on, clock.instant(), caller.username(), after);
		PositionEntry latest = store.latest(id, state, after).orElse(null);
		if (latest != null && sameAs(latest, entry)) {
			return new Recorded(latest, false);
		}
		store.insert(id, entry);
		// The entry records what is stored (the effective date and basis), so the stored state can be re-derived from it.
		audit.append(caller.username(), after ? "proposal.statement.recorded" : "proposal.position.recorded",
				"proposal/" + id + "/positions/" + state,
				new RecordPosition(command.position(), command.statement(), basis, command.source(), on));
		return new Recorded(entry, true);
	}

	/** The outcome of a {@link #record} call. */
	public record Recorded(PositionEntry entry, boolean changed) {
	}

	/** Declares the outcome of a Plenary proposal under the consensus rule. */
	@Transactional
	public Decision decide(Caller caller, long id, DecideProposal command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		ProposalStore.Row proposal = store.lock(id).orElseThrow(() -> ProposalNotFoundException.forId(id));
		if (proposal.procedure() == Procedure.SILENCE) {
			throw ConflictException.of("decided-by-silence", "Decided by silence procedure",
					"Proposal " + id + " is under a silence procedure and is decided automatically at its deadline, "
							+ proposal.deadline() + ".");
		}
		LocalDate on = pastOrToday(command == null ? null : command.on(), "on");
		return decide(proposal, on, caller.username(), false);
	}

	/** Decides every silence procedure whose deadline has passed; returns how many. Runs as the system. */
	@Transactional
	public int decideDueSilenceProcedures() {
		int decided = 0;
		for (long id : store.dueSilenceProcedures(clock.instant())) {
			ProposalStore.Row proposal = store.lock(id).orElseThrow();
			if (proposal.status() == ProposalStatus.OPEN) {
				decide(proposal, proposal.deadline().atZone(ZoneOffset.UTC).toLocalDate(), "system", true);
				decided++;
			}
		}
		return decided;
	}

	/** A proposal as {@code caller} may see it: with positions for the Chair and PGs' users, without for analysts. */
	@Transactional(readOnly = true)
	public ProposalView find(Caller caller, long id) {
		if (caller.is(Role.APPLICANT)) {
			throw ForbiddenException.of("positions-not-visible", "Not visible to applicants",
					"Proposals and positions are visible to the Chair and the PGs; an applicant follows its own application.");
		}
		ProposalView view = view(id);
		return caller.actsForParticipatingGovernment() ? view : view.withoutPositions();
	}

	/** Every proposal, newest first, without positions. */
	@Transactional(readOnly = true)
	public List<ProposalView> list(Caller caller) {
		if (caller.is(Role.APPLICANT)) {
			throw ForbiddenException.of("positions-not-visible", "Not visible to applicants",
					"Proposals are visible to the Chair, the PGs and analysts; an applicant follows its own application.");
		}
		return store.all().stream().map(r -> summary(r)).toList();
	}

	/** The public record: adopted decisions, without positions. */
	@Transactional(readOnly = true)
	public List<ProposalView> adopted() {
		return store.adopted().stream().map(r -> view(r.id()).withoutPositions()).toList();
	}

	/** The proposals on a session's agenda, without positions. */
	@Transactional(readOnly = true)
	public List<ProposalView> agenda(long sessionId) {
		return store.inSession(sessionId).stream().map(this::summary).toList();
	}

	/** The full view, positions included, for internal readers (forecasting, pages that checked the caller). */
	@Transactional(readOnly = true)
	public ProposalView view(long id) {
		ProposalStore.Row r = store.find(id).orElseThrow(() -> ProposalNotFoundException.forId(id));
		List<StateCode> roster = store.roster(id);
		List<PositionEntry> all = store.positions(id);
		Map<StateCode, PositionEntry> current = new LinkedHashMap<>();
		List<PositionEntry> history = new ArrayList<>();
		List<PositionEntry> after = new ArrayList<>();
		for (PositionEntry p : all) {
			(p.afterDecision() ? after : history).add(p);
			if (!p.afterDecision()) {
				current.put(p.state(), p);
			}
		}
		Map<StateCode, PositionEntry> sorted = new java.util.TreeMap<>(current);
		List<StateCode> silent = roster.stream().filter(s -> !current.containsKey(s)).toList();
		return new ProposalView(r.id(), r.type(), r.subject(), r.title(), r.text(), r.procedure(), r.deadline(),
				r.payload(), r.sessionId(), r.applicationId(), r.tabledOn(), r.tabledBy(), r.status(), roster, sorted,
				silent, history, after, store.decisions(id));
	}

	private ProposalView summary(ProposalStore.Row r) {
		return new ProposalView(r.id(), r.type(), r.subject(), r.title(), r.text(), r.procedure(), r.deadline(),
				r.payload(), r.sessionId(), r.applicationId(), r.tabledOn(), r.tabledBy(), r.status(), null, null, null,
				null, null, null);
	}

	private Decision decide(ProposalStore.Row proposal, LocalDate on, String by, boolean bySilence) {
		long id = proposal.id();
		if (proposal.status() == ProposalStatus.ADOPTED) {
			throw ConflictException.of("already-adopted", "Already adopted",
					"Proposal " + id + " was adopted on " + proposal.decidedOn() + "; an adopted decision is final.",
					Map.of("proposalId", id));
		}
		if (proposal.decidedChanges() != null && proposal.decidedChanges() == proposal.changes()) {
			throw ConflictException.of("nothing-changed", "Already decided",
					"Proposal " + id + " was decided " + proposal.status() + " on " + proposal.decidedOn()
							+ " and no position has changed since; it can be decided again once a PG changes its position.",
					Map.of("proposalId", id, "status", proposal.status().name()));
		}
		if (on.isBefore(proposal.tabledOn())) {
			throw RuleRefusedException.of("decision-before-tabling", "Decision before tabling",
					"A decision on " + on + " cannot precede the tabling of proposal " + id + " on " + proposal.tabledOn() + ".");
		}
		Map<StateCode, Position> current = new LinkedHashMap<>();
		store.current(id).forEach(p -> current.put(p.state(), p.position()));
		ConsensusRule.Outcome outcome = ConsensusRule.decide(current);
		Decision decision = new Decision(outcome.status(), outcome.objectors(), outcome.reservations(), on,
				clock.instant(), by, bySilence);
		store.insert(id, decision, proposal.changes());
		audit.append(by, bySilence ? "proposal.decided.by-silence" : "proposal.decided", "proposal/" + id, decision);
		publish(proposal, decision);
		return decision;
	}

	private void publish(ProposalStore.Row proposal, Decision decision) {
		events.publishEvent(new ProposalDecided(proposal.id(), proposal.type(), decision.status(), decision.objectors(),
				decision.decidedOn(), decision.bySilence()));
		if (decision.status() != ProposalStatus.ADOPTED) {
			return;
		}
		String reference = "Plenary decision of " + decision.decidedOn() + " on proposal " + proposal.id();
		if (proposal.type() == ProposalType.ADMIT_PARTICIPANT) {
			events.publishEvent(new ParticipantAdmitted(proposal.id(), proposal.subject(), decision.decidedOn(), reference));
		}
		else if (proposal.type() == ProposalType.ADOPT_EXCEPTION) {
			events.publishEvent(new ExceptionAdopted(proposal.id(), proposal.title(), proposal.payload(),
					decision.decidedOn(), reference));
		}
	}

	private LocalDate pastOrToday(LocalDate date, String field) {
		LocalDate today = LocalDate.now(clock);
		if (date == null) {
			return today;
		}
		if (date.isAfter(today)) {
			throw InvalidInputException.of("date-in-future", "Date in the future",
					"'" + field + "' is " + date + ", after today (" + today + "); record what has happened.");
		}
		return date;
	}

	private static boolean sameAs(PositionEntry a, PositionEntry b) {
		return a.position() == b.position() && Objects.equals(a.statement(), b.statement()) && a.basis() == b.basis()
				&& Objects.equals(a.source(), b.source());
	}
}
