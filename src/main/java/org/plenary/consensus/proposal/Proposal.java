package org.plenary.consensus.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.plenary.consensus.Basis;
import org.plenary.consensus.Decision;
import org.plenary.consensus.ExceptionAdopted;
import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.GuidelinesAmended;
import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.ParticipantAdmitted;
import org.plenary.consensus.Position;
import org.plenary.consensus.PositionEntry;
import org.plenary.consensus.PositionRecorded;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalDecided;
import org.plenary.consensus.ProposalRow;
import org.plenary.consensus.ProposalStatus;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.ProposalWithdrawn;
import org.plenary.consensus.RecordPosition;
import org.plenary.consensus.RecordedPosition;
import org.plenary.consensus.SilenceExtended;
import org.plenary.shared.StateCode;

/**
 * A tabled proposal, the aggregate that guards the consensus rules: who may take a position (the
 * PGs on its roster, not before it was tabled), when it may be decided (not twice on the same
 * positions, never after adoption, a silence procedure only at its deadline), and how a silence
 * procedure is extended or a proposal withdrawn. Plain Java: each change registers a past-tense
 * event, which the application service saves and publishes in one transaction.
 */
public final class Proposal {

	private ProposalRow row;
	private final Set<StateCode> roster;
	private final Map<StateCode, PositionEntry> current;
	private final Map<StateCode, PositionEntry> statements;
	private final List<Object> events = new ArrayList<>();

	private Proposal(ProposalRow row, Collection<StateCode> roster, Map<StateCode, PositionEntry> current,
			Map<StateCode, PositionEntry> statements) {
		this.row = row;
		this.roster = Set.copyOf(roster);
		this.current = new HashMap<>(current);
		this.statements = new HashMap<>(statements);
	}

	/**
	 * A proposal as stored: its row, its roster, each PG's current position and (after adoption) each
	 * PG's latest statement.
	 */
	public static Proposal of(ProposalRow row, Collection<StateCode> roster, Map<StateCode, PositionEntry> current,
			Map<StateCode, PositionEntry> statements) {
		return new Proposal(row, roster, current, statements);
	}

	public long id() {
		return row.id();
	}

	public ProposalRow row() {
		return row;
	}

	/** The events registered since it was loaded, oldest first. */
	public List<Object> events() {
		return List.copyOf(events);
	}

	/**
	 * Records {@code state}'s position taken on {@code command.on()} (default today). The same position,
	 * statement, basis and source again changes nothing; after adoption what is recorded is a statement
	 * that does not change the decision.
	 */
	public RecordedPosition record(StateCode state, RecordPosition command, String by, Clock clock) {
		requireNotWithdrawn("record a position on");
		if (!roster.contains(state)) {
			throw ProposalRefusals.notOnRoster(row, state);
		}
		LocalDate on = Dates.pastOrToday(command.on(), "on", clock);
		if (on.isBefore(row.tabledOn())) {
			throw ProposalRefusals.positionBeforeTabling(row, on);
		}
		boolean after = row.status() == ProposalStatus.ADOPTED;
		Basis basis = command.basis() == null ? Basis.RECORDED : command.basis();
		PositionEntry entry = new PositionEntry(state, command.position(), command.statement(), basis, command.source(),
				on, clock.instant(), by, after);
		PositionEntry latest = (after ? statements : current).get(state);
		if (latest != null && sameAs(latest, entry)) {
			return new RecordedPosition(latest, false);
		}
		(after ? statements : current).put(state, entry);
		if (!after) {
			row = withChanges(row.changes() + 1);
		}
		events.add(new PositionRecorded(row.id(), entry));
		return new RecordedPosition(entry, true);
	}

	/**
	 * The Chair declares the outcome on {@code on} (default today). A silence procedure decides itself at
	 * its deadline; the Chair may close it early only while it is open and once no PG on the roster is
	 * silent, since before the deadline nobody's silence may be taken as consent.
	 */
	public Decision decide(LocalDate on, String by, Clock clock) {
		if (row.procedure() == Procedure.SILENCE) {
			java.util.List<StateCode> silent = roster.stream().filter(s -> !current.containsKey(s)).sorted().toList();
			if (row.status() != ProposalStatus.OPEN || !silent.isEmpty()) {
				throw ProposalRefusals.decidedBySilence(row, silent);
			}
		}
		return decide(Dates.pastOrToday(on, "on", clock), by, false, clock);
	}

	/** Whether a silence procedure's deadline has passed while it is still undecided. */
	public boolean silenceIsDue(Instant now) {
		return row.procedure() == Procedure.SILENCE && row.status() == ProposalStatus.OPEN && row.deadline() != null
				&& !row.deadline().isAfter(now);
	}

	/** At its deadline, a silence procedure is decided by the consensus rule on the positions then held. */
	public Decision decideBySilence(Clock clock) {
		if (!silenceIsDue(clock.instant())) {
			throw new IllegalStateException("Proposal " + row.id() + " is not a silence procedure due at " + clock.instant());
		}
		return decide(row.deadline().atZone(ZoneOffset.UTC).toLocalDate(), "system", true, clock);
	}

	/** The Chair moves an undecided silence procedure's deadline later; it must stay in the future. */
	public void extend(Instant deadline, String by, Clock clock) {
		requireNotWithdrawn("extend");
		if (row.procedure() != Procedure.SILENCE) {
			throw ProposalRefusals.notSilence(row);
		}
		if (row.status() != ProposalStatus.OPEN) {
			throw ProposalRefusals.silenceAlreadyDecided(row);
		}
		Instant now = clock.instant();
		if (!deadline.isAfter(row.deadline()) || !deadline.isAfter(now)) {
			throw ProposalRefusals.deadlineNotLater(row, deadline, now);
		}
		Instant previous = row.deadline();
		row = new ProposalRow(row.id(), row.type(), row.subject(), row.title(), row.text(), row.procedure(), deadline,
				row.payload(), row.sessionId(), row.applicationId(), row.tabledOn(), row.tabledAt(), row.tabledBy(),
				row.status(), row.decidedOn(), row.changes(), row.decidedChanges());
		events.add(new SilenceExtended(by, row.id(), previous, deadline));
	}

	/** The Chair withdraws a proposal that was not adopted; it then takes no positions and no decision. */
	public void withdraw(String reason, String by, Clock clock) {
		if (row.status() == ProposalStatus.ADOPTED) {
			throw ProposalRefusals.alreadyAdopted(row);
		}
		requireNotWithdrawn("withdraw");
		LocalDate today = LocalDate.now(clock);
		row = withStatus(ProposalStatus.WITHDRAWN, row.decidedOn(), row.decidedChanges());
		events.add(new ProposalWithdrawn(by, row.id(), reason, today));
	}

	private Decision decide(LocalDate on, String by, boolean bySilence, Clock clock) {
		requireNotWithdrawn("decide");
		if (row.status() == ProposalStatus.ADOPTED) {
			throw ProposalRefusals.alreadyAdopted(row);
		}
		if (row.decidedChanges() != null && row.decidedChanges() == row.changes()) {
			throw ProposalRefusals.nothingChanged(row);
		}
		if (on.isBefore(row.tabledOn())) {
			throw ProposalRefusals.decisionBeforeTabling(row, on);
		}
		Map<StateCode, Position> positions = new HashMap<>();
		current.forEach((state, entry) -> positions.put(state, entry.position()));
		ConsensusRule.Outcome outcome = ConsensusRule.decide(positions);
		Decision decision = new Decision(outcome.status(), outcome.objectors(), outcome.reservations(), on,
				clock.instant(), by, bySilence);
		row = withStatus(decision.status(), on, row.changes());
		registerDecided(decision);
		return decision;
	}

	private void registerDecided(Decision decision) {
		events.add(new ProposalDecided(row.id(), row.type(), decision));
		if (decision.status() != ProposalStatus.ADOPTED) {
			return;
		}
		String reference = "Plenary decision of " + decision.decidedOn() + " on proposal " + row.id();
		if (row.type() == ProposalType.ADMIT_PARTICIPANT) {
			events.add(new ParticipantAdmitted(row.id(), row.subject(), decision.decidedOn(), reference));
		}
		else if (row.type() == ProposalType.ADOPT_EXCEPTION && row.payload() instanceof ExceptionPayload exception) {
			events.add(new ExceptionAdopted(row.id(), row.title(), exception, decision.decidedOn(), reference));
		}
		else if (row.type() == ProposalType.AMEND_GUIDELINES && row.payload() instanceof GuidelinesAmendment amendment) {
			LocalDate effective = amendment.effective().isBefore(decision.decidedOn()) ? decision.decidedOn()
					: amendment.effective();
			events.add(new GuidelinesAmended(row.id(), row.title(), amendment, effective, reference));
		}
	}

	private void requireNotWithdrawn(String what) {
		if (row.status() == ProposalStatus.WITHDRAWN) {
			throw ProposalRefusals.withdrawn(row, what);
		}
	}

	private ProposalRow withChanges(long changes) {
		return new ProposalRow(row.id(), row.type(), row.subject(), row.title(), row.text(), row.procedure(),
				row.deadline(), row.payload(), row.sessionId(), row.applicationId(), row.tabledOn(), row.tabledAt(),
				row.tabledBy(), row.status(), row.decidedOn(), changes, row.decidedChanges());
	}

	private ProposalRow withStatus(ProposalStatus status, LocalDate decidedOn, Long decidedChanges) {
		return new ProposalRow(row.id(), row.type(), row.subject(), row.title(), row.text(), row.procedure(),
				row.deadline(), row.payload(), row.sessionId(), row.applicationId(), row.tabledOn(), row.tabledAt(),
				row.tabledBy(), status, decidedOn, row.changes(), decidedChanges);
	}

	private static boolean sameAs(PositionEntry a, PositionEntry b) {
		return a.position() == b.position() && Objects.equals(a.statement(), b.statement()) && a.basis() == b.basis()
				&& Objects.equals(a.source(), b.source());
	}
}
