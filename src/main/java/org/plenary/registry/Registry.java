package org.plenary.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.plenary.registry.reference.ReferenceData;
import org.plenary.shared.StateCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's public API: states and their facts as of any date, and the NSG roster. Answers come
 * from an immutable in-memory snapshot of the tables, rebuilt on every change.
 */
@Service
public class Registry implements InitializingBean, org.plenary.shared.StateNames {

	/** The regime whose roster Plenary keeps. */
	public static final String NSG = "NSG";

	private static final Logger log = LoggerFactory.getLogger(Registry.class);

	private final RegistryTables tables;
	private final Clock clock;
	private final ReferenceData reference;
	private volatile RegistrySnapshot snapshot;
	private volatile long version;

	Registry(RegistryTables tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
		this.reference = ReferenceData.load();
	}

	/**
	 * A registry over the shipped reference data alone, its tables in memory, without a database: for
	 * tests and tools. It knows no admission decided after the dataset was built.
	 */
	public static Registry fromReferenceData(Clock clock) {
		Registry registry = new Registry(new InMemoryTables(), clock);
		registry.afterPropertiesSet();
		return registry;
	}

	/** Loads the shipped reference data when the stored dataset is older (or absent), then snapshots. */
	@Override
	public void afterPropertiesSet() {
		int stored = tables.storedVersion().orElse(0);
		if (stored < reference.version()) {
			log.info("Loading reference dataset version {} (stored: {})", reference.version(), stored == 0 ? "none" : stored);
			tables.replaceReference(reference);
		}
		refresh();
	}

	/** A participation was recorded: once it is committed, answers include it. */
	@TransactionalEventListener
	void on(ParticipationRecorded recorded) {
		refresh();
	}

	/**
	 * An admission decided elsewhere, on a registry without a database (the stream reads them from
	 * {@code plenary.participants}): the state is a PG from {@code from}. Idempotent; true when new.
	 * A registry over the database learns of admissions through the consensus module's event instead.
	 */
	public synchronized boolean admit(StateCode state, LocalDate from, String reference, long proposalId) {
		if (!(tables instanceof InMemoryTables)) {
			throw new IllegalStateException("admissions reach a registry over the database through ParticipantAdmitted");
		}
		boolean added = Admissions.record(tables, state.value(), from, reference, proposalId);
		if (added) {
			refresh();
		}
		return added;
	}

	/** Re-reads the tables into a new snapshot (from a request's thread, or another node's change). */
	synchronized void refresh() {
		snapshot = new RegistrySnapshot(tables.states(), tables.facts(), tables.participations(), reference.sources());
		version++;
	}

	/** Changes whenever the registry's contents change, so that callers can drop what they derived. */
	public long version() {
		return version;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Every state as it stood on {@code asOf}, in name order. */
	public List<StateSummary> states(LocalDate asOf) {
		RegistrySnapshot s = snapshot;
		return s.states().stream().map(state -> summary(s, state, asOf)).toList();
	}

	/** One state's profile on {@code asOf}; throws {@link StateNotFoundException} for an unknown code. */
	public StateProfile profile(StateCode code, LocalDate asOf) {
		RegistrySnapshot s = snapshot;
		State state = s.state(code.value()).orElseThrow(() -> StateNotFoundException.forCode(code.value()));
		Map<FactKind, List<Fact>> inForce = s.inForce(state.code(), asOf);
		return new StateProfile(state.code(), state.name(), state.unMember(), asOf,
				s.mapStatus(state.code(), asOf, inForce), s.nptStatus(inForce), s.participates(state.code(), NSG, asOf),
				inForce, s.facts(state.code()), s.participations(state.code()));
	}

	/**
	 * The days on which anything the registry knows about the state changes. Between two of them the
	 * state's profile is the same, so callers can cache what they derive from it per interval.
	 */
	public java.util.NavigableSet<LocalDate> changes(StateCode code) {
		return snapshot.changes(code.value());
	}

	/** The state's name; the code itself for an unknown code. */
	public String name(StateCode code) {
		return snapshot.state(code.value()).map(State::name).orElse(code.value());
	}

	@Override
	public String name(String code) {
		return code == null ? "" : snapshot.state(code).map(State::name).orElse(code);
	}

	/** Whether a state with this code is known. */
	public boolean exists(StateCode code) {
		return snapshot.state(code.value()).isPresent();
	}

	/** The NSG's Participating Governments on {@code asOf}. */
	public Roster participants(LocalDate asOf) {
		return snapshot.roster(NSG, asOf);
	}

	public boolean isParticipant(StateCode code, LocalDate day) {
		return snapshot.participates(code.value(), NSG, day);
	}

	public List<Observer> observers() {
		return reference.observers();
	}

	public List<Chair> chairs() {
		return reference.chairs();
	}

	private static StateSummary summary(RegistrySnapshot s, State state, LocalDate asOf) {
		Map<FactKind, List<Fact>> inForce = s.inForce(state.code(), asOf);
		return new StateSummary(state.code(), state.name(), state.unMember(), s.mapStatus(state.code(), asOf, inForce),
				s.nptStatus(inForce), s.participates(state.code(), NSG, asOf));
	}
}
