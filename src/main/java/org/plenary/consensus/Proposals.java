package org.plenary.consensus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.consensus.proposal.Dates;
import org.plenary.consensus.proposal.Proposal;
import org.plenary.consensus.proposal.ProposalValidation;
import org.plenary.shared.Caller;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Inputs;
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
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Proposals(ProposalStore store, Sessions sessions, ParticipatingGovernments governments,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.sessions = sessions;
		this.governments = governments;
		this.events = events;
		this.clock = clock;
	}

	/** Tables a proposal; its roster is the PGs on {@code tabledOn} (default today). */
	@Transactional
	public ProposalView table(Caller caller, TableProposal command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		LocalDate tabledOn = Dates.pastOrToday(command.tabledOn(), "tabledOn", clock);
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
		events.publishEvent(new ProposalTabled(caller.username(), id, command));
		return view(id);
	}

	/**
	 * Records {@code state}'s position. Recording the same position and statement again changes
	 * nothing; after adoption, what is recorded is kept as a statement that does not change the decision.
	 *
	 * @return the entry now current for that PG, and whether this call recorded it
	 */
	@Transactional
	public RecordedPosition record(Caller caller, long id, StateCode state, RecordPosition command) {
		caller.requireActsFor(state, Role.DELEGATE);
		Inputs.valid(command);
		Proposal proposal = load(id);
		RecordedPosition recorded = proposal.record(state, command, caller.username(), clock);
		save(proposal);
		return recorded;
	}

	/** Declares the outcome of a Plenary proposal under the consensus rule. */
	@Transactional
	public Decision decide(Caller caller, long id, DecideProposal command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		Proposal proposal = load(id);
		Decision decision = proposal.decide(command == null ? null : command.on(), caller.username(), clock);
		save(proposal);
		return decision;
	}

	/** Moves an undecided silence procedure's deadline later (Chair). */
	@Transactional
	public ProposalView extend(Caller caller, long id, ExtendSilence command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		Proposal proposal = load(id);
		proposal.extend(command.deadline(), caller.username(), clock);
		save(proposal);
		return view(id);
	}

	/** Withdraws a proposal that was not adopted (Chair); it takes no more positions or decisions. */
	@Transactional
	public ProposalView withdraw(Caller caller, long id, WithdrawProposal command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		Proposal proposal = load(id);
		proposal.withdraw(command.reason(), caller.username(), clock);
		save(proposal);
		return view(id);
	}

	/** Decides every silence procedure whose deadline has passed; returns how many. Runs as the system. */
	@Transactional
	public int decideDueSilenceProcedures() {
		int decided = 0;
		for (long id : store.dueSilenceProcedures(clock.instant())) {
			Proposal proposal = load(id);
			if (proposal.silenceIsDue(clock.instant())) {
				proposal.decideBySilence(clock);
				save(proposal);
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
		ProposalRow r = store.find(id).orElseThrow(() -> ProposalNotFoundException.forId(id));
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

	private ProposalView summary(ProposalRow r) {
		return new ProposalView(r.id(), r.type(), r.subject(), r.title(), r.text(), r.procedure(), r.deadline(),
				r.payload(), r.sessionId(), r.applicationId(), r.tabledOn(), r.tabledBy(), r.status(), null, null, null,
				null, null, null);
	}

	private Proposal load(long id) {
		return store.load(id).orElseThrow(() -> ProposalNotFoundException.forId(id));
	}

	/** Writes the proposal's changes and publishes its events, in the caller's transaction. */
	private void save(Proposal proposal) {
		store.save(proposal);
		proposal.events().forEach(events::publishEvent);
	}
}
