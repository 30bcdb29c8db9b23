package org.plenary.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.consensus.ParticipantAdmitted;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.consensus.TableProposal;
import org.plenary.participation.criteria.Assessor;
import org.plenary.participation.criteria.CriteriaEvaluator;
import org.plenary.participation.criteria.CriteriaSet;
import org.plenary.participation.criteria.CriteriaSets;
import org.plenary.participation.criteria.Criterion;
import org.plenary.registry.Registry;
import org.plenary.shared.Caller;
import org.plenary.shared.ConflictException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.plenary.shared.RuleRefusedException;
import org.plenary.shared.StateCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The participation module's public API: applications, their evidence, their assessment against a
 * criteria set as of a date, and the Chair's step from application to admission proposal. An
 * applicant sees only its own application.
 */
@Service
public class Applications {

	private final ApplicationStore store;
	private final CriteriaSets criteria;
	private final Registry registry;
	private final Proposals proposals;
	private final org.plenary.consensus.Sessions sessions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Applications(ApplicationStore store, Registry registry, Proposals proposals, org.plenary.consensus.Sessions sessions,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.sessions = sessions;
		this.store = store;
		this.criteria = new CriteriaSets(json);
		this.registry = registry;
		this.proposals = proposals;
		this.events = events;
		this.clock = clock;
	}

	/** An applicant government applies, for its own state only. */
	@Transactional
	public ApplicationView apply(Caller caller, Apply command) {
		Inputs.valid(command);
		StateCode state = StateCode.of("state", command.state());
		caller.requireActsFor(state, Role.APPLICANT);
		LocalDate on = pastOrToday(command.appliedOn());
		if (registry.isParticipant(state, on)) {
			throw RuleRefusedException.of("already-participant", "Already a Participating Government",
					state + " was already a Participating Government on " + on + ".");
		}
		boolean open = store.ofState(state.value()).stream().anyMatch(a -> a.status() != ApplicationStatus.ADMITTED);
		if (open) {
			throw ConflictException.of("application-open", "Application already open",
					state + " already has an application under way; add evidence to it instead.");
		}
		long id = store.insert(state.value(), on, command.letter(), caller.username(), clock.instant());
		for (SupplyEvidence e : command.evidence() == null ? List.<SupplyEvidence>of() : command.evidence()) {
			store.insertEvidence(id, checked(e), e.on() == null ? on : e.on(), caller.username(), clock.instant());
		}
		events.publishEvent(new ApplicationSubmitted(caller.username(), id, command));
		return view(id);
	}

	/** The applicant adds evidence for a criterion to its own application. */
	@Transactional
	public ApplicationView addEvidence(Caller caller, long id, SupplyEvidence evidence) {
		Inputs.valid(evidence);
		ApplicationStore.Row row = store.lock(id).orElseThrow(() -> notFound(id));
		caller.requireActsFor(StateCode.of(row.state()), Role.APPLICANT);
		store.insertEvidence(id, checked(evidence), evidence.on() == null ? pastOrToday(null) : pastOrToday(evidence.on()),
				caller.username(), clock.instant());
		events.publishEvent(new EvidenceAdded(caller.username(), id, evidence));
		return view(id);
	}

	/** The Chair puts the application before the PGs as an {@code ADMIT_PARTICIPANT} proposal. */
	@Transactional
	public ProposalView propose(Caller caller, long id, ProposeAdmission command) {
		caller.requireRole(Role.CHAIR);
		Inputs.valid(command);
		ApplicationStore.Row row = store.lock(id).orElseThrow(() -> notFound(id));
		if (row.status() != ApplicationStatus.SUBMITTED) {
			throw ConflictException.of("application-already-proposed", "Already before the PGs",
					"Application " + id + " is " + row.status() + (row.proposalId() == null ? "" : " (proposal " + row.proposalId() + ")") + ".");
		}
		String name = registry.profile(StateCode.of(row.state()), registry.today()).name();
		ProposalView proposal = proposals.table(caller, new TableProposal(ProposalType.ADMIT_PARTICIPANT, row.state(),
				command.title() == null ? "Admission of " + name : command.title(), command.text(), null, null, null,
				command.sessionId(), command.tabledOn(), id));
		store.update(id, ApplicationStatus.UNDER_CONSIDERATION, proposal.id());
		events.publishEvent(new ApplicationProposed(caller.username(), id, proposal.id()));
		return proposal;
	}

	@Transactional(readOnly = true)
	public ApplicationView find(Caller caller, long id) {
		ApplicationStore.Row row = store.find(id).orElseThrow(() -> notFound(id));
		requireMayRead(caller, row.state());
		return view(id);
	}

	/** Every application the caller may see: an applicant sees only its own. */
	@Transactional(readOnly = true)
	public List<ApplicationView> list(Caller caller) {
		return store.all().stream().filter(r -> !caller.is(Role.APPLICANT) || StateCode.of(r.state()).equals(caller.government()))
				.map(r -> view(r.id())).toList();
	}

	/** Assesses a state against a criteria set as of a date, for a caller allowed to see its evidence. */
	@Transactional(readOnly = true)
	public Assessment assess(Caller caller, StateCode applicant, String criteriaSet, LocalDate asOf) {
		requireMayRead(caller, applicant.value());
		return assess(applicant, criteriaSet, asOf);
	}

	/** Assesses a state against a criteria set as of a date (default today), with its claims up to that date. */
	@Transactional(readOnly = true)
	public Assessment assess(StateCode applicant, String criteriaSet, LocalDate asOf) {
		CriteriaSet set = criteria.require(criteriaSet == null ? "nsg-factors" : criteriaSet);
		LocalDate day = asOf == null ? registry.today() : asOf;
		List<CriteriaEvaluator.Claim> claims = store.ofState(applicant.value()).stream()
				.flatMap(a -> store.evidence(a.id()).stream())
				.map(c -> new CriteriaEvaluator.Claim(c.criterion(), c.statement(), c.source(), c.submittedOn())).toList();
		return Assessor.assess(registry, set, applicant, day, claims);
	}

	/** The criteria sets that can be assessed against: id, title, whether adopted. */
	public List<Map<String, String>> criteriaSets() {
		return criteria.all().stream().map(s -> Map.of("id", s.id(), "title", s.title(), "status", s.status(), "label",
				s.label())).toList();
	}

	/** The Plenary sessions an admission proposal may be tabled for. */
	public List<org.plenary.consensus.Sessions.Session> sessions() {
		return sessions.list();
	}

	/** One factor of a criteria set, as an applicant supplies evidence for it. */
	public record Factor(String id, String title, boolean claimable) {
	}

	/** The factors of a criteria set, in its order. */
	public List<Factor> factors(String criteriaSet) {
		return criteria.require(criteriaSet).criteria().stream().map(c -> new Factor(c.id(), c.title(), c.claimable())).toList();
	}

	/**
	 * Where the application's admission proposal stands, for a caller who may read the application (the
	 * applicant too, who may not open the proposal itself): its status and the day it was last decided;
	 * null before the Chair puts it before the PGs.
	 */
	@Transactional(readOnly = true)
	public Progress progress(Caller caller, long id) {
		ApplicationView application = find(caller, id);
		if (application.proposalId() == null) {
			return null;
		}
		ProposalView proposal = proposals.view(application.proposalId());
		List<org.plenary.consensus.Decision> decisions = proposal.decisions();
		return new Progress(proposal.title(), proposal.status(), proposal.procedure(), proposal.deadline(),
				decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).decidedOn());
	}

	/** The admission proposal's title, status, procedure and deadline, and the day of its latest decision. */
	public record Progress(String title, org.plenary.consensus.ProposalStatus status, org.plenary.consensus.Procedure procedure,
			java.time.Instant deadline, LocalDate decidedOn) {
	}

	@ApplicationModuleListener
	void on(ParticipantAdmitted admitted) {
		store.ofState(admitted.state().value()).stream().filter(a -> a.status() != ApplicationStatus.ADMITTED)
				.forEach(a -> {
					store.update(a.id(), ApplicationStatus.ADMITTED, null);
					events.publishEvent(new ApplicationAdmitted(a.id(), admitted.proposalId(), admitted.date()));
				});
	}

	private void requireMayRead(Caller caller, String state) {
		if (caller.is(Role.APPLICANT) && !StateCode.of(state).equals(caller.government())) {
			throw ForbiddenException.of("not-your-application", "Not your application",
					"An applicant sees only its own application; " + caller.username() + " applies for "
							+ caller.government() + ", not " + state + ".");
		}
	}

	private SupplyEvidence checked(SupplyEvidence e) {
		Set<String> known = criteria.all().stream().flatMap(s -> s.criteria().stream()).map(Criterion::id)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (!known.contains(e.criterion())) {
			throw InvalidInputException.of("unknown-criterion", "Unknown criterion",
					"'" + e.criterion() + "' is not a criterion of any set. Use one of " + known + ".",
					Map.of("allowed", known));
		}
		return e;
	}

	private LocalDate pastOrToday(LocalDate date) {
		LocalDate today = LocalDate.now(clock);
		if (date != null && date.isAfter(today)) {
			throw InvalidInputException.of("date-in-future", "Date in the future", date + " is after today (" + today + ").");
		}
		return date == null ? today : date;
	}

	private ApplicationView view(long id) {
		ApplicationStore.Row r = store.find(id).orElseThrow(() -> notFound(id));
		return new ApplicationView(r.id(), r.state(), r.appliedOn(), r.status(), r.letter(), r.proposalId(),
				r.submittedBy(), store.evidence(id));
	}

	private static NotFoundException notFound(long id) {
		return NotFoundException.of("application-not-found", "Unknown application", "No application has the id " + id + ".",
				Map.of("applicationId", id));
	}

}
