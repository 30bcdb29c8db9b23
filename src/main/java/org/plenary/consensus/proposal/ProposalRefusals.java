package org.plenary.consensus.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.plenary.consensus.ProposalRow;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.RuleRefusedException;
import org.plenary.shared.StateCode;

/** The problems a {@link Proposal} answers with when a rule refuses a command, each saying what to do instead. */
final class ProposalRefusals {

	private ProposalRefusals() {
	}

	static RuleRefusedException notOnRoster(ProposalRow p, StateCode state) {
		return RuleRefusedException.of("not-on-roster", "Not on the roster",
				state + " was not a Participating Government on " + p.tabledOn() + ", when proposal " + p.id()
						+ " was tabled, so it takes no position on it.",
				Map.of("proposalId", p.id(), "state", state.value()));
	}

	static RuleRefusedException positionBeforeTabling(ProposalRow p, LocalDate on) {
		return RuleRefusedException.of("position-before-tabling", "Position before the proposal was tabled",
				"A position taken on " + on + " cannot precede the tabling of proposal " + p.id() + " on " + p.tabledOn()
						+ ".");
	}

	static RuleRefusedException decisionBeforeTabling(ProposalRow p, LocalDate on) {
		return RuleRefusedException.of("decision-before-tabling", "Decision before tabling",
				"A decision on " + on + " cannot precede the tabling of proposal " + p.id() + " on " + p.tabledOn() + ".");
	}

	static ConflictException decidedBySilence(ProposalRow p, java.util.List<org.plenary.shared.StateCode> silent) {
		String who = silent.size() <= 10 ? silent.stream().map(org.plenary.shared.StateCode::value).collect(
				java.util.stream.Collectors.joining(", ")) : silent.size() + " PGs";
		String why = silent.isEmpty() ? "it was already decided when its deadline passed"
				: "the Chair may close it early only once every PG on the roster has recorded a position; still silent: " + who;
		return ConflictException.of("decided-by-silence", "Decided by silence procedure",
				"Proposal " + p.id() + " is under a silence procedure and is decided automatically at its deadline, "
						+ p.deadline() + "; " + why + ".");
	}

	static ConflictException alreadyAdopted(ProposalRow p) {
		return ConflictException.of("already-adopted", "Already adopted",
				"Proposal " + p.id() + " was adopted on " + p.decidedOn() + "; an adopted decision is final.",
				Map.of("proposalId", p.id()));
	}

	static ConflictException nothingChanged(ProposalRow p) {
		return ConflictException.of("nothing-changed", "Already decided",
				"Proposal " + p.id() + " was decided " + p.status() + " on " + p.decidedOn()
						+ " and no position has changed since; it can be decided again once a PG changes its position.",
				Map.of("proposalId", p.id(), "status", p.status().name()));
	}

	static ConflictException withdrawn(ProposalRow p, String what) {
		return ConflictException.of("proposal-withdrawn", "Proposal withdrawn",
				"Proposal " + p.id() + " was withdrawn by the Chair, so there is nothing to " + what
						+ "; table it again to reopen it.",
				Map.of("proposalId", p.id()));
	}

	static ConflictException notSilence(ProposalRow p) {
		return ConflictException.of("not-a-silence-procedure", "Not a silence procedure",
				"Proposal " + p.id() + " is decided at a Plenary, so it has no deadline to extend.",
				Map.of("proposalId", p.id()));
	}

	static ConflictException silenceAlreadyDecided(ProposalRow p) {
		return ConflictException.of("silence-decided", "Silence procedure already decided",
				"Proposal " + p.id() + "'s silence procedure ended on " + p.decidedOn() + " (" + p.status()
						+ "); a decided procedure cannot be extended.",
				Map.of("proposalId", p.id(), "status", p.status().name()));
	}

	static InvalidInputException deadlineNotLater(ProposalRow p, Instant deadline, Instant now) {
		Instant floor = p.deadline().isAfter(now) ? p.deadline() : now;
		return InvalidInputException.of("invalid-deadline", "The new deadline must be later",
				"'deadline' is " + deadline + "; an extension must move proposal " + p.id() + "'s deadline after "
						+ floor + ".",
				Map.of("field", "deadline"));
	}
}
